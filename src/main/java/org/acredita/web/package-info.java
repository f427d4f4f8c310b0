/**
 * The web shell: layout, navigation by role, languages, home pages, error pages and the translation
 * of refusals into localized problem details and pages. Business pages live in their own modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell",
        allowedDependencies = {"access", "agencies", "assessments", "assistance", "commission", "compliance",
                "directives", "geo", "identity", "improvement", "notifications", "programmes", "readiness",
                "selfassessment", "standards", "storage"})
package org.acredita.web;
