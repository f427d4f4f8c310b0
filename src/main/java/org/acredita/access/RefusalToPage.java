package org.acredita.access;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a page's form post answers: it runs the change and redirects back with a success message, or, when a rule
 * refuses it ({@link RuleViolation}), with that message in the reader's language, the field it is about and what
 * the person typed, so the form comes back filled in with the error beside the field; not-found and forbidden
 * answer as everywhere else. Every module's page controllers share this one way.
 */
public final class RefusalToPage {

    /** Flash attribute with the refused post's fields (name → values), read back by the page's form. */
    public static final String KEPT_INPUT = "keptInput";
    /** Flash attribute naming the field a refusal is about, when it is about one. */
    public static final String ERROR_FIELD = "errorField";
    /** Flash attribute with the path the refused form was posted to, so only that form on the page is refilled. */
    public static final String KEPT_FOR = "keptFor";

    private static final String CSRF_PARAMETER = "_csrf";

    private RefusalToPage() {
    }

    public static String redirect(String target, RedirectAttributes flash, String success, Runnable work) {
        try {
            work.run();
            flash.addFlashAttribute("success", success);
        } catch (RuleViolation violation) {
            refuse(flash, violation);
        }
        return "redirect:" + target;
    }

    /**
     * Carries a refusal over the redirect as {@link #redirect} does, for a post whose success goes elsewhere than
     * its refusal (a created record's own page, the sign-in page after a setup link).
     */
    public static void refuse(RedirectAttributes flash, RuleViolation violation) {
        flash.addFlashAttribute("error", violation.messageKey());
        flash.addFlashAttribute("errorArgs", violation.arguments());
        if (violation.field() != null) {
            flash.addFlashAttribute(ERROR_FIELD, violation.field());
        }
        keepInput(flash);
    }

    /**
     * Keeps what the current post typed for its form, for a refusal that is not a {@link RuleViolation} (a
     * module's own refusal carrying several reasons) but should still bring the form back filled in.
     */
    public static void keepInput(RedirectAttributes flash) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            flash.addFlashAttribute(KEPT_INPUT, submittedInput(attributes));
            flash.addFlashAttribute(KEPT_FOR, attributes.getRequest().getRequestURI());
        }
    }

    /**
     * The refused post's text fields (never files, never the CSRF token, never a password: it would sit in the
     * session and come back in the page's HTML); kept in the session until shown.
     */
    private static LinkedHashMap<String, String[]> submittedInput(ServletRequestAttributes attributes) {
        LinkedHashMap<String, String[]> kept = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> field : attributes.getRequest().getParameterMap().entrySet()) {
            if (!CSRF_PARAMETER.equals(field.getKey()) && !field.getKey().toLowerCase(Locale.ROOT).contains("password")) {
                kept.put(field.getKey(), field.getValue().clone());
            }
        }
        return kept;
    }
}
