package org.acredita.directives.web;

import java.util.List;
import org.acredita.directives.internal.StandardCoverage;
import org.acredita.standards.format.ManualDocument;

/** A chapter of the manual with each of its standards' directive coverage, as the coverage page lists them. */
public record ChapterCoverage(ManualDocument.Chapter chapter, List<Row> standards) {

    public record Row(ManualDocument.Standard standard, StandardCoverage coverage) {

        /** The element's text in the manual, for the letter the coverage names. */
        public ManualDocument.Element element(String letter) {
            return standard.elements().stream().filter(e -> e.letter().equals(letter)).findFirst().orElse(null);
        }
    }
}
