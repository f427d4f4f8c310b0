package org.acredita.assessments.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.acredita.assessments.comments.RateLimited;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Too many public comments from one address: 429 with Retry-After and the reason in the caller's language. */
@RestControllerAdvice(assignableTypes = PublicCommentApi.class)
class RateLimitedAdvice {

    private final MessageSource messages;

    RateLimitedAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RateLimited.class)
    ResponseEntity<ProblemDetail> rateLimited(HttpServletRequest request, RateLimited limited) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, messages.getMessage(
                "comments.rateLimited", new Object[] {Math.max(1, limited.retryAfterSeconds() / 60)},
                RequestContextUtils.getLocale(request)));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(limited.retryAfterSeconds())).body(problem);
    }
}
