package org.acredita.web.errors;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.acredita.access.RefusedWithProblems;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A refused upload or import answers 422 with a problem detail whose {@code errors} list every problem, its place
 * and its explanation in the caller's language; summary and title come from the refusal's own key. Pages catch the
 * refusal and list the problems themselves; one that does not gets the error page with the summary.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusedWithProblemsAdvice {

    /** One problem on the wire. */
    record Problem(String location, String message) {
    }

    private final MessageSource messages;
    private final ErrorPages pages;

    RefusedWithProblemsAdvice(MessageSource messages, ErrorPages pages) {
        this.messages = messages;
        this.pages = pages;
    }

    @ExceptionHandler(RefusedWithProblems.class)
    Object refused(HttpServletRequest request, RefusedWithProblems refused) {
        Locale locale = RequestContextUtils.getLocale(request);
        List<Problem> errors = refused.problems().stream()
                .map(p -> new Problem(p.location(), messages.getMessage(p.messageKey(), p.argumentArray(), locale)))
                .toList();
        String key = refused.refusalKey();
        String detail = refused.problemCount() > errors.size()
                ? messages.getMessage(key + ".some", new Object[] {refused.problemCount(), errors.size()}, locale)
                : messages.getMessage(key, new Object[] {refused.problemCount()}, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        if (pages.isPage(request)) {
            return pages.render(request, problem);
        }
        problem.setProperty("errors", errors);
        return problem;
    }
}
