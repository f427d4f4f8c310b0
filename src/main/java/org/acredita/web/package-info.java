/**
 * The web shell: layout, navigation by role, languages, home pages, error pages and the translation
 * of refusals into localized problem details and pages. Business pages live in their own modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell",
        allowedDependencies = {"access", "agencies", "geo", "identity", "notifications", "storage"})
package org.acredita.web;
