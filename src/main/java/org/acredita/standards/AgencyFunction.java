package org.acredita.standards;

/** Something an agency does (holding facility, 9-1-1 call taking...) that standards' applicability depends on. */
public record AgencyFunction(String code, String nameEs, String nameEn) {

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameEs;
    }
}
