package org.acredita.identity;

/** How the caller proved who they are on this request. */
public enum Credential {

    /** Signed in at the sign-in form with their password: a person at a browser, holding a session. */
    PASSWORD,

    /** Signed in through an OpenID Connect provider: a person at a browser, holding a session. */
    SINGLE_SIGN_ON,

    /** A personal access token on an API call: a script acting in the person's name. */
    ACCESS_TOKEN
}
