package org.acredita.training;

/** How an event is given: a workshop, a webinar, or a session at an agency's premises. */
public enum EventFormat {
    WORKSHOP, WEBINAR, ON_SITE
}
