package org.acredita.improvement.web;

import java.util.List;
import org.acredita.improvement.internal.ItemView;
import org.acredita.improvement.internal.Status;

/** The items of one status, as the page lists them. */
public record StatusGroup(Status status, List<ItemView> items) {
}
