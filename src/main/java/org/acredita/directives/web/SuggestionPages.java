package org.acredita.directives.web;

import java.util.Locale;
import java.util.UUID;
import org.acredita.access.RefusalToPage;
import org.acredita.access.RuleViolation;
import org.acredita.directives.suggestions.MappingSuggestions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "suggested standards" panel of a directive section, loaded with htmx when the section's suggestions are opened;
 * accepting or rejecting answers the panel again with the outcome (htmx) or goes back to the directive (no script).
 */
@Controller
class SuggestionPages {

    private final MappingSuggestions suggestions;

    SuggestionPages(MappingSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping("/agencies/{id}/directives/{directiveId}/sections/{sectionId}/suggestions")
    String panel(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId,
            @PathVariable("sectionId") UUID sectionId, Locale locale, Model model) {
        return panel(agencyId, directiveId, sectionId, locale, model, null, null, null);
    }

    @PostMapping("/agencies/{id}/directives/{directiveId}/sections/{sectionId}/suggestions/acceptance")
    String accept(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId,
            @PathVariable("sectionId") UUID sectionId, @RequestParam(name = "standard", required = false) String standard,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model,
            RedirectAttributes flash) {
        return decide(agencyId, directiveId, sectionId, standard, htmx, locale, model, flash,
                "directives.suggestions.accepted", () -> suggestions.accept(agencyId, directiveId, sectionId, standard,
                        null, locale.getLanguage()));
    }

    @PostMapping("/agencies/{id}/directives/{directiveId}/sections/{sectionId}/suggestions/rejection")
    String reject(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId,
            @PathVariable("sectionId") UUID sectionId, @RequestParam(name = "standard", required = false) String standard,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model,
            RedirectAttributes flash) {
        return decide(agencyId, directiveId, sectionId, standard, htmx, locale, model, flash,
                "directives.suggestions.rejected", () -> suggestions.reject(agencyId, directiveId, sectionId, standard,
                        locale.getLanguage()));
    }

    private String decide(UUID agencyId, UUID directiveId, UUID sectionId, String standard, String htmx,
            Locale locale, Model model, RedirectAttributes flash, String success, Runnable work) {
        if (htmx == null) {
            return RefusalToPage.redirect("/agencies/" + agencyId + "/directives/" + directiveId + "#section-"
                    + sectionId, flash, success, work);
        }
        try {
            work.run();
            return panel(agencyId, directiveId, sectionId, locale, model, success, new Object[] {standard}, false);
        } catch (RuleViolation refused) {
            return panel(agencyId, directiveId, sectionId, locale, model, refused.messageKey(), refused.arguments(),
                    true);
        }
    }

    private String panel(UUID agencyId, UUID directiveId, UUID sectionId, Locale locale, Model model, String outcome,
            Object[] outcomeArgs, Boolean refused) {
        model.addAttribute("agencyId", agencyId);
        model.addAttribute("directiveId", directiveId);
        model.addAttribute("view", suggestions.suggestions(agencyId, directiveId, sectionId, locale.getLanguage()));
        model.addAttribute("outcome", outcome);
        model.addAttribute("outcomeArgs", outcomeArgs == null ? new Object[0] : outcomeArgs);
        model.addAttribute("refused", Boolean.TRUE.equals(refused));
        return "directives/suggestions";
    }
}
