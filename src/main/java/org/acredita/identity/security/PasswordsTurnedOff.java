package org.acredita.identity.security;

import java.io.Serial;
import org.springframework.security.core.AuthenticationException;

/** A password posted while this deployment signs people in through its providers only. */
class PasswordsTurnedOff extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    PasswordsTurnedOff() {
        super("passwords are turned off");
    }
}
