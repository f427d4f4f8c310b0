package org.acredita.identity;

/** How the caller proved who they are on this request. */
public enum Credential {

    /** Signed in at the sign-in form with their password: a person at a browser, holding a session. */
    PASSWORD,

    /** A personal access token on an API call: a script acting in the person's name. */
    ACCESS_TOKEN
}
