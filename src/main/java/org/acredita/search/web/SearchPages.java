package org.acredita.search.web;

import java.util.UUID;
import org.acredita.access.RuleViolation;
import org.acredita.search.Search;
import org.acredita.search.internal.SearchQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: a box, and the hits with their agency and highlighted snippet. */
@Controller
class SearchPages {

    private final Search search;

    SearchPages(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "agency", required = false) UUID agency,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("agency", agency);
        model.addAttribute("results", null);
        model.addAttribute("error", null);
        if (q != null && !q.isBlank()) {
            try {
                model.addAttribute("results", search.search(new SearchQuery(q, null, agency, page)));
            } catch (RuleViolation violation) {
                model.addAttribute("error", violation);
            }
        }
        return "search/search";
    }
}
