package org.acredita.standards.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.NotFoundException;
import org.acredita.standards.Level;
import org.acredita.standards.ManualEdition;
import org.acredita.standards.internal.ManualFormat;
import org.acredita.standards.Manuals;
import org.acredita.standards.internal.SearchCriteria;
import org.acredita.standards.Text;
import org.acredita.standards.format.ManualDocument;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reading manuals: programmes and editions, an edition by chapter, one standard, search and comparison. */
@Controller
class ManualPages {

    private final Manuals manuals;

    ManualPages(Manuals manuals) {
        this.manuals = manuals;
    }

    @GetMapping("/manuals")
    String list(Model model) {
        model.addAttribute("programmes", ProgrammeView.of(manuals.programmeNames(), manuals.editions()));
        model.addAttribute("canManage", manuals.managesManuals());
        return "standards/manuals";
    }

    @GetMapping("/manuals/{id}")
    String edition(@PathVariable("id") UUID id, Model model) {
        ManualDocument document = manuals.document(id);
        model.addAttribute("edition", manuals.edition(id));
        model.addAttribute("chapters", ChapterView.of(document));
        model.addAttribute("tiers", tierNames(document));
        model.addAttribute("formats", List.of(ManualFormat.values()));
        model.addAttribute("canManage", manuals.managesManuals());
        return "standards/edition";
    }

    @GetMapping("/manuals/{id}/standards/{number}")
    String standard(@PathVariable("id") UUID id, @PathVariable("number") String number, Model model) {
        ManualDocument document = manuals.document(id);
        ManualDocument.Standard standard = document.standards().stream()
                .filter(candidate -> candidate.number().equals(number)).findFirst()
                .orElseThrow(NotFoundException::new);
        model.addAttribute("edition", manuals.edition(id));
        model.addAttribute("standard", standard);
        model.addAttribute("sizeClasses", document.sizeClasses());
        model.addAttribute("tiers", tierNames(document));
        model.addAttribute("functions", manuals.functionNames());
        model.addAttribute("crosswalk", document.crosswalk() == null ? null : document.crosswalk().fromEdition());
        model.addAttribute("counterparts", document.crosswalk() == null ? List.of() : document.crosswalk().entries()
                .stream().filter(entry -> number.equals(entry.to())).toList());
        return "standards/standard";
    }

    @GetMapping("/manuals/{id}/search")
    String search(@PathVariable("id") UUID id, @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "level", required = false) Level level,
            @RequestParam(name = "timeSensitive", required = false) Boolean timeSensitive,
            @RequestParam(name = "tier", required = false) String tier,
            @RequestParam(name = "function", required = false) String function, Model model) {
        SearchCriteria criteria = new SearchCriteria(q, level, timeSensitive, tier, function);
        model.addAttribute("edition", manuals.edition(id));
        model.addAttribute("criteria", criteria);
        model.addAttribute("results", criteria.isEmpty() ? null : manuals.search(id, criteria));
        model.addAttribute("tiers", manuals.tierNames(id));
        model.addAttribute("functions", manuals.functionNames());
        return "standards/search";
    }

    @GetMapping("/manuals/compare")
    String compare(@RequestParam(name = "from", required = false) UUID from,
            @RequestParam(name = "to", required = false) UUID to, Model model) {
        List<ManualEdition> editions = manuals.editions();
        model.addAttribute("editions", editions);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("comparison", from == null || to == null ? null : manuals.compare(from, to));
        return "standards/compare";
    }

    @PostMapping("/manuals/{id}/publish")
    String publish(@PathVariable("id") UUID id, RedirectAttributes flash) {
        manuals.publish(id);
        flash.addFlashAttribute("success", "manuals.published");
        return "redirect:/manuals/" + id;
    }

    @PostMapping("/manuals/{id}/retire")
    String retire(@PathVariable("id") UUID id, RedirectAttributes flash) {
        manuals.retire(id);
        flash.addFlashAttribute("success", "manuals.retired");
        return "redirect:/manuals/" + id;
    }

    private static Map<String, Text> tierNames(ManualDocument document) {
        Map<String, Text> names = new java.util.LinkedHashMap<>();
        document.tiers().forEach(tier -> names.put(tier.code(), tier.name()));
        return names;
    }
}
