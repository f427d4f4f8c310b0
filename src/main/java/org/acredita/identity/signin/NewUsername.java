package org.acredita.identity.signin;

import java.util.Locale;
import java.util.function.Predicate;

/** A user name for a provisioned person, made from their e-mail address and never one already taken. */
final class NewUsername {

    private NewUsername() {
    }

    /** {@code Ana.Pérez@policia.gob.mx} → {@code ana.p.rez}; {@code ana.p.rez-2} when that is taken, and so on. */
    static String freeFrom(String email, Predicate<String> taken) {
        String local = email.substring(0, email.indexOf('@') < 0 ? email.length() : email.indexOf('@'))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", ".").replaceAll("^[._-]+", "");
        String base = local.length() > 50 ? local.substring(0, 50) : local;
        if (base.length() < 3) {
            base = base + "usuario";
        }
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
