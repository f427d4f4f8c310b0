package org.acredita.improvement.web;

import java.util.List;
import org.acredita.improvement.ItemView;
import org.acredita.improvement.Status;

/** The items of one status, as the page lists them. */
public record StatusGroup(Status status, List<ItemView> items) {
}
