package org.acredita.identity.web;

/** A sign-in provider's button on the sign-in page: its id (in the address) and its name in the reader's language. */
public record ProviderButton(String id, String name) {
}
