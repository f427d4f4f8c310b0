package org.acredita.search.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.acredita.search.Search;
import org.acredita.search.internal.SearchHit;
import org.acredita.search.internal.SearchQuery;
import org.acredita.search.internal.SearchResults;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search over the documents of the agencies the caller may see. */
@RestController
@Tag(name = "Search", description = "Full-text search / Búsqueda de texto completo")
class SearchApi {

    record HitJson(UUID agencyId, String agencyName, String kind, String title, String snippet, String link) {

        static HitJson of(SearchHit hit) {
            return new HitJson(hit.agencyId(), hit.agencyName(), hit.kind(), hit.title(), hit.snippetHtml(), hit.link());
        }
    }

    record ResultsJson(String q, int page, boolean more, List<HitJson> hits) {
    }

    private final Search search;

    SearchApi(Search search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "Search agencies' documents (Spanish and English, accents ignored), best first, 20 per page; "
            + "the snippet is HTML-escaped text with the matching words in <mark>. Only agencies the caller may see")
    ResultsJson search(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "agency", required = false) UUID agency,
            @RequestParam(name = "page", defaultValue = "0") int page) {
        SearchResults results = search.search(new SearchQuery(q, kind, agency, page));
        return new ResultsJson(results.query().words(), page, results.more(),
                results.hits().stream().map(HitJson::of).toList());
    }
}
