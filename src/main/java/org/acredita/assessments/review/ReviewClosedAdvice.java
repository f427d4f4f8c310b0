package org.acredita.assessments.review;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.support.RequestContextUtils;

/** A verdict refused because the review is not open answers 409 in the caller's language. */
@RestControllerAdvice(assignableTypes = VerdictApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReviewClosedAdvice {

    private final MessageSource messages;

    ReviewClosedAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ReviewClosed.class)
    ProblemDetail closed(ReviewClosed closed, HttpServletRequest request) {
        var locale = RequestContextUtils.getLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(closed.messageKey(), null, locale));
        problem.setTitle(messages.getMessage("assessments.review.closedTitle", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
