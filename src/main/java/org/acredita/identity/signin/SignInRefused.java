package org.acredita.identity.signin;

/** A provider proved who someone is, but Acredita does not let them in; the reason is shown on the sign-in page. */
public class SignInRefused extends RuntimeException {

    /** Each has a message on the sign-in page ({@code login.error.provider.<code>}). */
    public enum Reason {
        PROVIDER_OFF("off"), UNVERIFIED_EMAIL("unverified"), UNKNOWN_PERSON("unknown"), AMBIGUOUS_EMAIL("ambiguous"),
        DISABLED("disabled");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;
    private final String who;

    SignInRefused(Reason reason, String who) {
        super(reason.code());
        this.reason = reason;
        this.who = who;
    }

    public Reason reason() {
        return reason;
    }

    /** The e-mail or subject the provider gave, for the audit trail. */
    public String who() {
        return who;
    }
}
