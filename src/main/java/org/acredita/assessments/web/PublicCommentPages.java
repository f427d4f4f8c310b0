package org.acredita.assessments.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.acredita.access.RefusalToPage;
import org.acredita.assessments.PublicComments;
import org.acredita.assessments.comments.CommentDraft;
import org.acredita.assessments.comments.RateLimited;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public pages, no sign-in: the open comment periods and one agency's comment form. The form carries the
 * CSRF token of the visitor's anonymous session; a filled honeypot is thanked like anyone else and discarded.
 */
@Controller
class PublicCommentPages {

    private final PublicComments comments;

    PublicCommentPages(PublicComments comments) {
        this.comments = comments;
    }

    @GetMapping("/public/comment-periods")
    String periods(Model model) {
        model.addAttribute("periods", comments.openPeriods());
        return "assessments/visits/public-periods";
    }

    @GetMapping("/public/comment-periods/{id}")
    String period(@PathVariable("id") UUID id, Model model) {
        model.addAttribute("period", comments.openPeriod(id));
        return "assessments/visits/public-comment";
    }

    @PostMapping("/public/comment-periods/{id}")
    String comment(@PathVariable("id") UUID id, @RequestParam(name = "body", required = false) String body,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "contact", required = false) String contact,
            @RequestParam(name = "website", required = false) String website, HttpServletRequest request,
            RedirectAttributes flash) {
        try {
            return RefusalToPage.redirect("/public/comment-periods/" + id, flash, "comments.thanks",
                    () -> comments.submit(id, new CommentDraft(body, name, contact, website), request.getRemoteAddr()));
        } catch (RateLimited limited) {
            flash.addFlashAttribute("error", "comments.rateLimited");
            flash.addFlashAttribute("errorArgs", new Object[] {Math.max(1, limited.retryAfterSeconds() / 60)});
            return "redirect:/public/comment-periods/" + id;
        }
    }
}
