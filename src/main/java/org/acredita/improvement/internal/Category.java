package org.acredita.improvement.internal;

/** What kind of enhancement an action item is. */
public enum Category {
    POLICY, PROCEDURE, TRAINING, EQUIPMENT
}
