package org.acredita.personnel;

import java.util.UUID;

/** A unit or a rank an agency lists, with how many people of the roster hold it. */
public record RosterList(UUID id, String name, int people) {
}
