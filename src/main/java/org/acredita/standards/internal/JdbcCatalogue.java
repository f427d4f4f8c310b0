package org.acredita.standards.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.acredita.standards.format.Catalogue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The vocabularies and stored editions a manual file is checked against. */
@Component
public class JdbcCatalogue implements Catalogue {

    private final JdbcClient jdbc;

    JdbcCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean programmeExists(String code) {
        return jdbc.sql("select exists (select 1 from accreditation_programme where code = ?)").param(code).query(Boolean.class).single();
    }

    @Override
    public boolean functionExists(String code) {
        return jdbc.sql("select exists (select 1 from agency_function where code = ?)").param(code)
                .query(Boolean.class).single();
    }

    @Override
    public boolean editionExists(String code, String version) {
        return jdbc.sql("select exists (select 1 from manual_edition where code = ? and version = ?)")
                .params(code, version).query(Boolean.class).single();
    }

    @Override
    public Optional<Set<String>> standardNumbers(String code, String version) {
        Optional<UUID> edition = jdbc.sql("select id from manual_edition where code = ? and version = ?")
                .params(code, version).query(UUID.class).optional();
        return edition.map(id -> new HashSet<>(jdbc.sql("select number from standard where edition_id = ?").param(id)
                .query(String.class).list()));
    }
}
