package org.acredita.standards.web;

import java.util.List;
import org.acredita.standards.format.ManualDocument;

/** A chapter of an edition with its standards, for the table of contents and the chapter listing. */
public record ChapterView(ManualDocument.Chapter chapter, List<ManualDocument.Standard> standards) {

    static List<ChapterView> of(ManualDocument document) {
        return document.chapters().stream()
                .map(chapter -> new ChapterView(chapter, document.standards().stream()
                        .filter(standard -> standard.sortKey()[0] == chapter.number()).toList()))
                .toList();
    }
}
