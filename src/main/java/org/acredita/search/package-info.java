/**
 * Full-text search over what agencies keep (proofs of compliance, written directives): the search
 * port {@link org.acredita.search.internal.SearchIndex} with its PostgreSQL implementation (Spanish and English,
 * accents ignored, highlighted snippets), text extraction from files with Apache Tika, and the search
 * page and API. A search never returns another agency's text: the caller's scope and row-level
 * security both apply. A large deployment may put another implementation of the port (OpenSearch)
 * behind the same interface.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = {"access", "identity"})
package org.acredita.search;
