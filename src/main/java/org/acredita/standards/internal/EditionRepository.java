package org.acredita.standards.internal;

import org.acredita.standards.AccreditationProgramme;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.acredita.standards.EditionStatus;
import org.acredita.standards.Frequency;
import org.acredita.standards.Level;
import org.acredita.standards.ManualEdition;
import org.acredita.standards.internal.Standard;
import org.acredita.standards.internal.StandardFilter;
import org.acredita.standards.internal.StandardPage;
import org.acredita.standards.Text;
import org.acredita.standards.internal.TranslationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reading editions and their standards, and moving an edition through its statuses. */
@Repository
public class EditionRepository {

    private static final String EDITION = """
            select e.id, e.programme, e.code, e.version, e.title_es, e.title_en, e.effective_date, e.transition_date,
                e.status, e.authoritative_language, (select count(*) from standard s where s.edition_id = e.id) as standards
            from manual_edition e join accreditation_programme p on p.code = e.programme""";

    private final JdbcClient jdbc;

    EditionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ManualEdition> findAll(boolean withDrafts) {
        return jdbc.sql(EDITION + (withDrafts ? "" : " where e.status <> 'DRAFT'")
                + " order by p.position, e.code, e.effective_date desc, e.version desc")
                .query(EditionRepository::edition).list();
    }

    public Optional<ManualEdition> findById(UUID id) {
        return jdbc.sql(EDITION + " where e.id = ?").param(id).query(EditionRepository::edition).optional();
    }

    /** Moves the edition on only from the status the caller saw, so two concurrent changes cannot both win. */
    public boolean changeStatus(UUID id, EditionStatus from, EditionStatus to) {
        String stamp = to == EditionStatus.PUBLISHED ? "published_at" : "retired_at";
        return jdbc.sql("update manual_edition set status = ?, " + stamp + " = now() where id = ? and status = ?")
                .params(to.name(), id, from.name()).update() == 1;
    }

    public StandardPage standards(UUID edition, StandardFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where s.edition_id = :edition");
        Map<String, Object> params = new HashMap<>();
        params.put("edition", edition);
        String q = filter.q() == null ? "" : filter.q().strip();
        if (!q.isEmpty()) {
            // A number prefix (4.2 finds 4.2.1 and 4.2.10) or words of the title in either language.
            where.append(" and (s.number = :q or s.number like :prefix escape '!'"
                    + " or s.search_titles like acredita_unaccent(lower(:words)) escape '!')");
            String literal = q.replace("!", "!!").replace("%", "!%").replace("_", "!_");
            params.put("q", q);
            params.put("prefix", literal + ".%");
            params.put("words", "%" + literal + "%");
        }
        if (filter.level() != null) {
            where.append(" and s.level = :level");
            params.put("level", filter.level().name());
        }
        if (filter.timeSensitive() != null) {
            where.append(filter.timeSensitive() ? " and s.frequency is not null" : " and s.frequency is null");
        }
        long total = jdbc.sql("select count(*) from standard s" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Standard> items = jdbc.sql("""
                select s.id, s.number, s.title_es, s.title_en, s.statement_es, s.statement_en, s.level, s.frequency,
                    s.translation_status from standard s""" + where + " order by s.sort_key limit :limit offset :offset")
                .params(params).query(EditionRepository::standard).list();
        return new StandardPage(new ArrayList<>(items), page, size, total);
    }

    /** Agency function names by code, in the catalogue's order. */
    public Map<String, Text> functionNames() {
        return names("select code, name_es, name_en from agency_function order by position");
    }

    /** Programme names by code, in the catalogue's order. */
    public Map<String, Text> programmeNames() {
        return names("select code, name_es, name_en from accreditation_programme order by position");
    }

    /** Tier names of one edition by code, in the edition's order (without loading the whole edition). */
    public Map<String, Text> tierNames(UUID edition) {
        Map<String, Text> names = new LinkedHashMap<>();
        jdbc.sql("select code, name_es, name_en from tier where edition_id = ? order by position").param(edition)
                .query(rs -> {
                    names.put(rs.getString("code"), Text.of(rs.getString("name_es"), rs.getString("name_en")));
                });
        return names;
    }

    private Map<String, Text> names(String sql) {
        Map<String, Text> names = new LinkedHashMap<>();
        jdbc.sql(sql).query(rs -> {
            names.put(rs.getString("code"), Text.of(rs.getString("name_es"), rs.getString("name_en")));
        });
        return names;
    }

    private static ManualEdition edition(ResultSet rs, int row) throws SQLException {
        return new ManualEdition(rs.getObject("id", UUID.class),
                AccreditationProgramme.valueOf(rs.getString("programme")), rs.getString("code"),
                rs.getString("version"), Text.of(rs.getString("title_es"), rs.getString("title_en")),
                rs.getObject("effective_date", LocalDate.class), rs.getObject("transition_date", LocalDate.class),
                EditionStatus.valueOf(rs.getString("status")), rs.getString("authoritative_language"),
                rs.getInt("standards"));
    }

    private static Standard standard(ResultSet rs, int row) throws SQLException {
        String frequency = rs.getString("frequency");
        return new Standard(rs.getObject("id", UUID.class), rs.getString("number"),
                Text.of(rs.getString("title_es"), rs.getString("title_en")),
                Text.of(rs.getString("statement_es"), rs.getString("statement_en")), Level.valueOf(rs.getString("level")),
                frequency == null ? null : Frequency.valueOf(frequency),
                TranslationStatus.valueOf(rs.getString("translation_status")));
    }

    /** The time-sensitive standards of an edition: number to frequency and what to prove, in one query. */
    /** The edition's chapter titles by number, in the manual's order. */
    public Map<Integer, Text> chapterTitles(UUID edition) {
        Map<Integer, Text> titles = new LinkedHashMap<>();
        jdbc.sql("select number, title_es, title_en from chapter where edition_id = ? order by position").param(edition)
                .query(rs -> {
                    titles.put(rs.getInt("number"), Text.of(rs.getString("title_es"), rs.getString("title_en")));
                });
        return titles;
    }

    public Map<String, org.acredita.standards.format.ManualDocument.TimeSensitivity> timeSensitivities(UUID edition) {
        Map<String, org.acredita.standards.format.ManualDocument.TimeSensitivity> found = new LinkedHashMap<>();
        jdbc.sql("""
                select number, frequency, frequency_proof_es, frequency_proof_en from standard
                where edition_id = ? and frequency is not null order by sort_key""").param(edition)
                .query(rs -> {
                    found.put(rs.getString("number"), new org.acredita.standards.format.ManualDocument.TimeSensitivity(
                            Frequency.valueOf(rs.getString("frequency")),
                            Text.of(rs.getString("frequency_proof_es"), rs.getString("frequency_proof_en"))));
                });
        return found;
    }

    /** Standard number to its element letters, in the manual's order. */
    public java.util.Map<String, List<String>> elementLetters(UUID editionId) {
        java.util.Map<String, List<String>> letters = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select s.number, e.letter from standard s left join element e on e.standard_id = s.id
                where s.edition_id = ? order by s.sort_key, e.position""").param(editionId)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    List<String> list = letters.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>());
                    if (rs.getString(2) != null) {
                        list.add(rs.getString(2));
                    }
                });
        return letters;
    }
}
