package org.acredita.access;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a page's form post answers: it runs the change and redirects back with a success message, or, when a rule
 * refuses it ({@link RuleViolation}), with that message in the reader's language; not-found and forbidden answer
 * as everywhere else. Every module's page controllers share this one way.
 */
public final class RefusalToPage {

    private RefusalToPage() {
    }

    public static String redirect(String target, RedirectAttributes flash, String success, Runnable work) {
        try {
            work.run();
            flash.addFlashAttribute("success", success);
        } catch (RuleViolation violation) {
            flash.addFlashAttribute("error", violation.messageKey());
            flash.addFlashAttribute("errorArgs", violation.arguments());
        }
        return "redirect:" + target;
    }
}
