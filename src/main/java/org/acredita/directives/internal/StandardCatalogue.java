package org.acredita.directives.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the element letters of one standard straight from the manual tables (reference data every signed-in
 * party reads). The caller has already checked the edition is visible through {@code Manuals.edition}; loading
 * the whole manual document for one standard would cost a hundred times more on every picker keystroke.
 */
@Repository
public class StandardCatalogue {

    private final JdbcClient jdbc;

    StandardCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The standard's element letters in order (empty when it has none), or absent when the edition has no such standard. */
    public Optional<List<String>> letters(UUID editionId, String standardNumber) {
        List<String> rows = jdbc.sql("""
                select e.letter from standard s left join element e on e.standard_id = s.id
                where s.edition_id = ? and s.number = ? order by e.letter""")
                .params(editionId, standardNumber).query((rs, row) -> rs.getString("letter")).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().filter(java.util.Objects::nonNull).toList());
    }
}
