package org.acredita.readiness.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.acredita.access.RuleViolation;

/** Checks an area or question whole before anything is written; the first problem names its field. */
public final class InstrumentRules {

    /** A chapter ("4") or a section or standard number ("4.1", "4.1.2"), as the manuals number them. */
    static final Pattern STANDARD = Pattern.compile("[1-9]\\d{0,3}(\\.[1-9]\\d{0,3}){0,3}");
    static final int MAX_WEIGHT = 100;
    private static final int MAX_STANDARDS = 10;

    private InstrumentRules() {
    }

    static AreaDraft area(AreaDraft draft) {
        String es = clean(draft.nameEs());
        if (es == null || es.length() < 2 || es.length() > 200) {
            throw RuleViolation.onField("nameEs", "readiness.area.nameInvalid");
        }
        String en = clean(draft.nameEn());
        if (en == null || en.length() < 2 || en.length() > 200) {
            throw RuleViolation.onField("nameEn", "readiness.area.nameInvalid");
        }
        return new AreaDraft(es, en, weight(draft.weight()));
    }

    static QuestionDraft question(QuestionDraft draft) {
        String es = clean(draft.textEs());
        if (es == null || es.length() < 5 || es.length() > 1000) {
            throw RuleViolation.onField("textEs", "readiness.question.textInvalid");
        }
        String en = clean(draft.textEn());
        if (en == null || en.length() < 5 || en.length() > 1000) {
            throw RuleViolation.onField("textEn", "readiness.question.textInvalid");
        }
        String guidanceEs = clean(draft.guidanceEs());
        String guidanceEn = clean(draft.guidanceEn());
        if ((guidanceEs != null && guidanceEs.length() > 2000) || (guidanceEn != null && guidanceEn.length() > 2000)) {
            throw RuleViolation.onField("guidanceEs", "readiness.question.guidanceTooLong");
        }
        int weight = weight(draft.weight());
        LinkedHashSet<String> standards = new LinkedHashSet<>();
        for (String number : draft.linkedStandards() == null ? List.<String>of() : draft.linkedStandards()) {
            String value = number == null ? "" : number.strip();
            if (!STANDARD.matcher(value).matches()) {
                throw RuleViolation.onField("linkedStandards", "readiness.question.standardInvalid", value);
            }
            standards.add(value);
        }
        if (standards.size() > MAX_STANDARDS) {
            throw RuleViolation.onField("linkedStandards", "readiness.question.tooManyStandards", MAX_STANDARDS);
        }
        return new QuestionDraft(es, en, guidanceEs, guidanceEn, weight, List.copyOf(standards));
    }

    private static int weight(Integer weight) {
        if (weight == null || weight < 1 || weight > MAX_WEIGHT) {
            throw RuleViolation.onField("weight", "readiness.weight.invalid", 1, MAX_WEIGHT);
        }
        return weight;
    }

    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
