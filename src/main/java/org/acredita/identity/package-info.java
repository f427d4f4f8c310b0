/**
 * Organisations, the people in them, their roles and their assignments to agencies; signing in, and
 * computing each request's {@link org.acredita.access.AccessScope}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.acredita.identity;
