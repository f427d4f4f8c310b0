package org.acredita.assessments.review;

import java.util.Arrays;
import java.util.UUID;
import org.acredita.access.ForbiddenException;
import org.acredita.access.RuleViolation;
import org.acredita.assessments.Verdict;
import org.acredita.assessments.Verdicts;
import org.acredita.proofs.PdfPageImages;
import org.acredita.storage.DownloadResponse;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review screen: one standard at a time with its manual text, the frozen sections and proofs, and the verdict
 * forms (plain form posts; the keyboard shortcuts are a script on top). The snapshot's proofs are served here by
 * the content hash they were frozen with.
 */
@Controller
class ReviewPages {

    private final ReviewViews views;
    private final Verdicts verdicts;
    private final PdfPageImages pages;

    ReviewPages(ReviewViews views, Verdicts verdicts, PdfPageImages pages) {
        this.views = views;
        this.verdicts = verdicts;
        this.pages = pages;
    }

    @GetMapping("/assessments/{id}/review")
    String review(@PathVariable("id") UUID id, @RequestParam(name = "filter", required = false) String filter,
            @RequestParam(name = "both", defaultValue = "false") boolean both, Model model) {
        String kept = filter(filter);
        String first = views.first(id, kept);
        if (first == null && !"ALL".equals(kept)) {
            model.addAttribute("view", views.standard(id, views.first(id, "ALL"), kept, both, null));
            return "assessments/review/standard";
        }
        if (first == null) {
            throw new org.acredita.access.NotFoundException();
        }
        return "redirect:/assessments/" + id + "/review/" + first + "?filter=" + kept + (both ? "&both=true" : "");
    }

    @GetMapping("/assessments/{id}/review/{number}")
    String standard(@PathVariable("id") UUID id, @PathVariable("number") String number,
            @RequestParam(name = "filter", required = false) String filter,
            @RequestParam(name = "both", defaultValue = "false") boolean both, Model model) {
        ReviewView.Typed typed = (ReviewView.Typed) model.asMap().get("typed");
        model.addAttribute("view", views.standard(id, number, filter(filter), both, typed));
        return "assessments/review/standard";
    }

    @PostMapping("/assessments/{id}/review/{number}/verdict")
    String record(@PathVariable("id") UUID id, @PathVariable("number") String number,
            @RequestParam(name = "verdict", required = false) String verdict,
            @RequestParam(name = "element", required = false) String element,
            @RequestParam(name = "reason", required = false) String reason,
            @RequestParam(name = "commentToAgency", required = false) String commentToAgency,
            @RequestParam(name = "teamNote", required = false) String teamNote,
            @RequestParam(name = "filter", required = false) String filter,
            @RequestParam(name = "both", defaultValue = "false") boolean both,
            @RequestParam(name = "then", required = false) String then, RedirectAttributes flash) {
        String kept = filter(filter);
        String back = "redirect:/assessments/" + id + "/review/" + number + "?filter=" + kept
                + (both ? "&both=true" : "");
        String blank = element == null || element.isBlank() ? null : element.strip();
        try {
            verdicts.record(id, number, new Verdicts.Choice(verdict(verdict), blank, reason, commentToAgency,
                    teamNote));
            flash.addFlashAttribute("success", "assessments.review.recorded");
        } catch (RuleViolation | ForbiddenException | ReviewClosed refused) {
            flash.addFlashAttribute("error", refused instanceof RuleViolation violation ? violation.messageKey()
                    : refused instanceof ReviewClosed closed ? closed.messageKey()
                    : ((ForbiddenException) refused).messageKey());
            flash.addFlashAttribute("errorArgs", refused instanceof RuleViolation violation ? violation.arguments()
                    : new Object[0]);
            flash.addFlashAttribute("typed", new ReviewView.Typed(blank, verdict, reason, commentToAgency, teamNote,
                    refused instanceof RuleViolation violation ? violation.field() : null));
            return back;
        }
        if ("next".equals(then)) {
            String next = views.standard(id, number, kept, both, null).next();
            if (next != null) {
                return "redirect:/assessments/" + id + "/review/" + next + "?filter=" + kept
                        + (both ? "&both=true" : "");
            }
        }
        return back;
    }

    @GetMapping("/assessments/{id}/review/{number}/proofs/{index}")
    @ResponseBody
    ResponseEntity<InputStreamResource> proof(@PathVariable("id") UUID id, @PathVariable("number") String number,
            @PathVariable("index") int index, @RequestParam(name = "inline", defaultValue = "false") boolean inline) {
        return DownloadResponse.of(views.proof(id, number, index), inline);
    }

    @GetMapping(path = "/assessments/{id}/review/{number}/proofs/{index}/pages/{page}",
            produces = MediaType.IMAGE_PNG_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> page(@PathVariable("id") UUID id, @PathVariable("number") String number,
            @PathVariable("index") int index, @PathVariable("page") int page) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(pages.render(views.proof(id, number, index), page));
    }

    private static String filter(String value) {
        return value != null && ReviewView.FILTERS.contains(value) ? value : "ALL";
    }

    private static Verdict verdict(String value) {
        return Arrays.stream(Verdict.values()).filter(v -> v.name().equals(value)).findFirst().orElse(null);
    }
}
