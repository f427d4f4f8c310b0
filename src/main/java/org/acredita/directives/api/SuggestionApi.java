package org.acredita.directives.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.acredita.directives.suggestions.MappingSuggestions;
import org.acredita.directives.suggestions.SectionSuggestions;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Suggested mappings of a directive section to standards of the agency's manual; another agency answers 404. */
@RestController
@RequestMapping("/api/v1/agencies/{id}/directives/{directiveId}/sections/{sectionId}/suggestions")
@Tag(name = "Written directives", description = "Directivas escritas / Written directives")
class SuggestionApi {

    record AcceptRequest(String standardNumber, List<String> elements) {
    }

    record RejectRequest(String standardNumber) {
    }

    record Accepted(String standardNumber, int added) {
    }

    private final MappingSuggestions suggestions;

    SuggestionApi(MappingSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping
    @Operation(summary = "The standards of the agency's manual (its accreditation file's edition) the section most "
            + "likely covers, best first (at most 5), with the matched words marked in the texts, in Spanish or "
            + "English; standards already mapped, accepted or rejected are left out")
    SectionSuggestions list(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId,
            @PathVariable("sectionId") UUID sectionId,
            @Parameter(description = "es or en; the caller's language by default")
            @RequestParam(name = "language", required = false) String language) {
        return suggestions.suggestions(agencyId, directiveId, sectionId, language(language));
    }

    @PostMapping("/acceptance")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Accept a current suggestion: the section is mapped to the standard's suggested elements (or "
            + "the elements given); agency accreditation managers and chief executive only")
    Accepted accept(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId,
            @PathVariable("sectionId") UUID sectionId, @RequestBody AcceptRequest request) {
        return new Accepted(request.standardNumber(), suggestions.accept(agencyId, directiveId, sectionId,
                request.standardNumber(), request.elements(), language(null)));
    }

    @PostMapping("/rejection")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Reject a current suggestion: recorded, and never suggested for this section again; agency "
            + "accreditation managers and chief executive only")
    void reject(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId,
            @PathVariable("sectionId") UUID sectionId, @RequestBody RejectRequest request) {
        suggestions.reject(agencyId, directiveId, sectionId, request.standardNumber(), language(null));
    }

    private static String language(String asked) {
        return "en".equals(asked) || "es".equals(asked) ? asked : LocaleContextHolder.getLocale().getLanguage();
    }
}
