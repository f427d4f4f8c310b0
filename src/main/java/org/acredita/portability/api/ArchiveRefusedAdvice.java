package org.acredita.portability.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.acredita.portability.internal.ArchiveRefused;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.support.RequestContextUtils;

/** A refused archive answers 422 with every problem, its place and its explanation in the caller's language. */
@RestControllerAdvice(assignableTypes = PortabilityApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ArchiveRefusedAdvice {

    record Problem(String location, String message) {
    }

    private final MessageSource messages;

    ArchiveRefusedAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ArchiveRefused.class)
    ProblemDetail refused(HttpServletRequest request, ArchiveRefused refused) {
        Locale locale = RequestContextUtils.getLocale(request);
        List<Problem> errors = refused.problems().stream()
                .map(p -> new Problem(p.location(), messages.getMessage(p.messageKey(), p.argumentArray(), locale)))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("portability.import.refused", new Object[] {errors.size()}, locale));
        problem.setTitle(messages.getMessage("portability.import.refused.title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", errors);
        return problem;
    }
}
