package org.acredita.agencies.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.acredita.agencies.internal.Requirement;
import org.acredita.agencies.internal.TransitionRefused;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.support.RequestContextUtils;

/** A refused transition answers 409 with every unmet requirement, in the caller's language. */
@RestControllerAdvice(assignableTypes = LifecycleApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TransitionRefusedAdvice {

    private final MessageSource messages;

    TransitionRefusedAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TransitionRefused.class)
    ProblemDetail refused(TransitionRefused refused, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        List<String> unmet = refused.unmet().stream().map(requirement -> describe(requirement, locale)).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, String.join(" ", unmet));
        problem.setTitle(messages.getMessage("agencies.transition.refused", null, locale));
        problem.setProperty("unmet", unmet);
        return problem;
    }

    private String describe(Requirement requirement, Locale locale) {
        return messages.getMessage(requirement.messageKey(), requirement.arguments(), locale);
    }
}
