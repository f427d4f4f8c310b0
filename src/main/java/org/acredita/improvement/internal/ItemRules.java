package org.acredita.improvement.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.acredita.access.RuleViolation;

/** Checks a whole item before anything is written; the first problem is reported on its field. */
public final class ItemRules {

    /** Standard numbers as the manuals print them: chapter and one to three further levels (4.2.1). */
    private static final Pattern STANDARD = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){1,3}");
    private static final int MAX_STANDARDS = 30;

    private ItemRules() {
    }

    static ImprovementItem validated(ImprovementItem item) {
        if (item.category() == null) {
            throw RuleViolation.onField("category", "improvement.category.required");
        }
        String title = clean(item.title());
        if (title == null || title.length() > 200) {
            throw RuleViolation.onField("title", "improvement.title.invalid");
        }
        String description = clean(item.description());
        if (description != null && description.length() > 4000) {
            throw RuleViolation.onField("description", "improvement.description.tooLong");
        }
        String owner = clean(item.owner());
        if (owner != null && owner.length() > 200) {
            throw RuleViolation.onField("owner", "improvement.owner.tooLong");
        }
        if (item.priority() == null) {
            throw RuleViolation.onField("priority", "improvement.priority.required");
        }
        if (item.status() == null) {
            throw RuleViolation.onField("status", "improvement.status.required");
        }
        if (item.status() == Status.DONE && item.completedOn() == null) {
            throw RuleViolation.onField("completedOn", "improvement.completedOn.required");
        }
        LinkedHashSet<String> standards = new LinkedHashSet<>();
        for (String number : item.linkedStandards()) {
            String value = number == null ? "" : number.strip();
            if (!STANDARD.matcher(value).matches()) {
                throw RuleViolation.onField("linkedStandards", "improvement.standard.invalid", value);
            }
            standards.add(value);
        }
        if (standards.size() > MAX_STANDARDS) {
            throw RuleViolation.onField("linkedStandards", "improvement.standard.tooMany", MAX_STANDARDS);
        }
        // A completion date only means something on a finished item.
        return new ImprovementItem(item.id(), item.agencyId(), item.category(), title, description, owner,
                item.dueDate(), item.priority(), item.status(), List.copyOf(standards),
                item.status() == Status.DONE ? item.completedOn() : null);
    }


    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
