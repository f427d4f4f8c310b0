package org.acredita.standards.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acredita.standards.ManualEdition;
import org.acredita.standards.Text;

/** A programme with the editions the reader may see, in the catalogue's order. */
public record ProgrammeView(String code, Text name, List<ManualEdition> editions) {

    static List<ProgrammeView> of(Map<String, Text> programmes, List<ManualEdition> editions) {
        List<ProgrammeView> views = new ArrayList<>();
        programmes.forEach((code, name) -> {
            List<ManualEdition> own = editions.stream().filter(edition -> edition.programme().name().equals(code)).toList();
            if (!own.isEmpty()) {
                views.add(new ProgrammeView(code, name, own));
            }
        });
        return views;
    }
}
