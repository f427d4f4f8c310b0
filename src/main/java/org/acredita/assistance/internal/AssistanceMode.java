package org.acredita.assistance.internal;

/** Whether the advisors were at the agency or met it from afar. */
public enum AssistanceMode {
    ON_SITE, REMOTE
}
