package org.acredita.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.geo.Geography;
import org.acredita.geo.MexicanState;
import org.acredita.identity.CurrentUser;
import org.acredita.notifications.Notifications;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Gives every page template its {@link Ui} as the model attribute {@code ui}. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
public class UiAdvice {

    private final MessageSource messages;
    private final Geography geography;
    private final Notifications notifications;
    private volatile List<MexicanState> states;

    UiAdvice(MessageSource messages, Geography geography, Notifications notifications) {
        this.messages = messages;
        this.geography = geography;
        this.notifications = notifications;
    }

    @ModelAttribute("ui")
    public Ui ui(HttpServletRequest request) {
        return forRequest(request);
    }

    public Ui forRequest(HttpServletRequest request) {
        return new Ui(messages, RequestContextUtils.getLocale(request), CurrentUser.of(request).orElse(null),
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()), request.getRequestURI(),
                RequestContextUtils.getInputFlashMap(request), states(), notifications::unreadCount);
    }

    /** The 32 states ship with the product and never change while it runs: read them once. */
    private List<MexicanState> states() {
        List<MexicanState> known = states;
        if (known == null) {
            known = CurrentScope.runAs(AccessScope.SYSTEM, geography::states);
            states = known;
        }
        return known;
    }
}
