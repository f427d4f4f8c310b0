package org.acredita.identity.internal;

import org.acredita.access.ForbiddenException;
import org.acredita.identity.CurrentUser;
import org.acredita.identity.SignedInUser;

/**
 * The one check in front of what changes how an account is reached or proved (new access tokens, the e-mail
 * address, the password): a person signed in at the form, never a token, so a leaked short-lived token cannot
 * outlive its revocation or take the account over. A second factor, once it exists, is required here as well.
 */
public final class InteractiveSession {

    public static final String REQUIRED = "identity.interactiveSession.required";

    private InteractiveSession() {
    }

    /** Refuses (403, with the reason) unless the current request comes from a person's signed-in session. */
    public static void require() {
        if (!CurrentUser.get().map(SignedInUser::interactive).orElse(false)) {
            throw new ForbiddenException(REQUIRED);
        }
    }
}
