package org.acredita.geo.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.acredita.geo.internal.CatalogueRejected;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A rejected catalogue answers 422 with every problem, its place in the file and its explanation in
 * the caller's language. Limited to this module's API; the shell's advice answers everything else.
 * No other advice handles {@link CatalogueRejected}, so sharing the highest precedence with the
 * shell's is enough to come first.
 */
@RestControllerAdvice(assignableTypes = GeographyApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogueRejectedAdvice {

    record Problem(String location, String message) {
    }

    private final MessageSource messages;

    CatalogueRejectedAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CatalogueRejected.class)
    ProblemDetail rejected(HttpServletRequest request, CatalogueRejected rejected) {
        Locale locale = RequestContextUtils.getLocale(request);
        List<Problem> errors = rejected.problems().stream()
                .map(p -> new Problem(p.location(), messages.getMessage(p.messageKey(), p.argumentArray(), locale)))
                .toList();
        String detail = rejected.problemCount() > errors.size()
                ? messages.getMessage("geo.import.rejected.some", new Object[] {rejected.problemCount(), errors.size()},
                        locale)
                : messages.getMessage("geo.import.rejected", new Object[] {rejected.problemCount()}, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
        problem.setTitle(messages.getMessage("geo.import.rejected.title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", errors);
        return problem;
    }
}
