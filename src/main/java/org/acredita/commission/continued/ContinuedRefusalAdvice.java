package org.acredita.commission.continued;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.acredita.commission.CommissionRefusal;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.support.RequestContextUtils;

/** What continued compliance's rules refuse as things stand (signed already, not open yet) answers 409 with the reason. */
@RestControllerAdvice(assignableTypes = ContinuedComplianceApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContinuedRefusalAdvice {

    private final MessageSource messages;

    ContinuedRefusalAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CommissionRefusal.class)
    ProblemDetail refused(CommissionRefusal refusal, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
        problem.setTitle(messages.getMessage("commission.refused.title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
