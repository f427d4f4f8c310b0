package org.acredita.standards.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.acredita.standards.internal.ManualRejected;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A refused manual file answers 422 with every problem, each with its place and a message in the
 * caller's language, as a problem detail whose {@code errors} lists them.
 */
@RestControllerAdvice(assignableTypes = ManualApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ManualRejectedAdvice {

    private static final HttpStatusCode UNPROCESSABLE = HttpStatusCode.valueOf(422);

    private final MessageSource messages;

    ManualRejectedAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ManualRejected.class)
    ResponseEntity<ProblemDetail> rejected(HttpServletRequest request, ManualRejected rejected) {
        Locale locale = RequestContextUtils.getLocale(request);
        List<Map<String, String>> errors = rejected.problems().stream()
                .map(problem -> Map.of("location", problem.location(), "message",
                        messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale)))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(UNPROCESSABLE,
                messages.getMessage("standards.import.rejected", new Object[] {errors.size()}, locale));
        problem.setTitle(messages.getMessage("standards.import.rejected.title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", errors);
        return ResponseEntity.status(UNPROCESSABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
