package org.acredita.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.acredita.identity.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Gives every page template its {@link Ui} as the model attribute {@code ui}. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
public class UiAdvice {

    private final MessageSource messages;

    UiAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("ui")
    public Ui ui(HttpServletRequest request) {
        return forRequest(request);
    }

    public Ui forRequest(HttpServletRequest request) {
        return new Ui(messages, RequestContextUtils.getLocale(request), CurrentUser.of(request).orElse(null),
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()), request.getRequestURI(),
                RequestContextUtils.getInputFlashMap(request));
    }
}
