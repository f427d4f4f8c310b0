package org.acredita.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The signed-in user of the current web request, as loaded by the security filter. */
public final class CurrentUser {

    public static final String REQUEST_ATTRIBUTE = CurrentUser.class.getName();

    private CurrentUser() {
    }

    public static Optional<SignedInUser> of(HttpServletRequest request) {
        return Optional.ofNullable((SignedInUser) request.getAttribute(REQUEST_ATTRIBUTE));
    }

    public static Optional<SignedInUser> get() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? Optional.empty()
                : Optional.ofNullable((SignedInUser) attributes.getAttribute(REQUEST_ATTRIBUTE,
                        RequestAttributes.SCOPE_REQUEST));
    }
}
