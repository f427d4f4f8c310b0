package org.acredita.readiness.internal;

import java.util.UUID;

/** An area of the instrument (leadership, written directives…) and how much it counts in the overall score. */
public record Area(UUID id, int position, String nameEs, String nameEn, int weight, boolean retired) {

    public String name(boolean english) {
        return english ? nameEn : nameEs;
    }
}
