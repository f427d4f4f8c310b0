package org.acredita.agencies.internal;

/**
 * Someone at an agency whom the programme's staff reach: a liaison, the chief's office, IT, finance.
 * The primary contact (at most one) is listed first.
 */
public record AgencyContact(long id, String name, String position, String email, String phone, String notes,
        boolean primary) {

    /** The phone as a tel: link: digits only, and a pause before the extension so that phones dial it. */
    public String telUri() {
        return phone == null ? null
                : "tel:" + phone.replaceAll("(?i)\\s*(ext\\.?|x)\\s*", ",").replaceAll("[^0-9+,]", "");
    }

    /** What a person enters for a contact; checked whole by {@link AgencyContacts}. Primary when said so. */
    public record Details(String name, String position, String email, String phone, String notes, Boolean primary) {

        public Details {
            primary = Boolean.TRUE.equals(primary);
        }
    }
}
