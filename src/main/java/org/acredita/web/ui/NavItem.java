package org.acredita.web.ui;

/** One entry of the main navigation. */
public record NavItem(String label, String href, String icon, boolean active) {
}
