package org.acredita.standards.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acredita.standards.Frequency;
import org.acredita.standards.Level;
import org.acredita.standards.Relationship;
import org.acredita.standards.Text;
import org.acredita.standards.internal.TranslationStatus;
import org.acredita.standards.format.ManualDocument;
import org.acredita.standards.format.ManualDocument.Chapter;
import org.acredita.standards.format.ManualDocument.Element;
import org.acredita.standards.format.ManualDocument.Entry;
import org.acredita.standards.format.ManualDocument.Section;
import org.acredita.standards.format.ManualDocument.SizeClass;
import org.acredita.standards.format.ManualDocument.Tier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes a validated manual document as a new edition. Ids are made here so every table is written
 * with one batch, which keeps the import of a large manual to a handful of round trips.
 */
@Repository
public class ManualStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    ManualStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    public UUID insert(ManualDocument document) {
        UUID edition = UUID.randomUUID();
        jdbc.sql("""
                insert into manual_edition (id, programme, code, version, title_es, title_en, effective_date,
                    transition_date, authoritative_language, required_languages)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as text[]))""")
                .params(edition, document.programme(), document.code(), document.version(), es(document.title()),
                        en(document.title()), LocalDate.parse(document.effectiveDate()),
                        document.transitionDate() == null ? null : LocalDate.parse(document.transitionDate()),
                        document.authoritativeLanguage(), "{" + String.join(",", document.requiredLanguages()) + "}")
                .update();

        Map<String, UUID> sizeClasses = new HashMap<>();
        List<Object[]> sizeClassRows = new ArrayList<>();
        for (SizeClass sizeClass : document.sizeClasses()) {
            UUID id = UUID.randomUUID();
            sizeClasses.put(sizeClass.code(), id);
            sizeClassRows.add(new Object[] {id, edition, sizeClass.code(), sizeClass.minPersonnel(),
                sizeClass.maxPersonnel(), sizeClassRows.size()});
        }
        batch("insert into size_class (id, edition_id, code, min_personnel, max_personnel, position) values (?, ?, ?, ?, ?, ?)",
                sizeClassRows);

        Map<String, UUID> tiers = new HashMap<>();
        List<Object[]> tierRows = new ArrayList<>();
        for (Tier tier : document.tiers()) {
            UUID id = UUID.randomUUID();
            tiers.put(tier.code(), id);
            tierRows.add(new Object[] {id, edition, tier.code(), es(tier.name()), en(tier.name()), tierRows.size()});
        }
        batch("insert into tier (id, edition_id, code, name_es, name_en, position) values (?, ?, ?, ?, ?, ?)", tierRows);

        Map<Integer, UUID> chapters = new HashMap<>();
        Map<String, UUID> sections = new HashMap<>();
        List<Object[]> chapterRows = new ArrayList<>();
        List<Object[]> sectionRows = new ArrayList<>();
        for (Chapter chapter : document.chapters()) {
            UUID id = UUID.randomUUID();
            chapters.put(chapter.number(), id);
            chapterRows.add(new Object[] {id, edition, chapter.number(), es(chapter.title()), en(chapter.title()),
                chapterRows.size()});
            int position = 0;
            for (Section section : chapter.sections()) {
                UUID sectionId = UUID.randomUUID();
                sections.put(chapter.number() + "." + section.number(), sectionId);
                sectionRows.add(new Object[] {sectionId, id, section.number(), es(section.title()), en(section.title()),
                    position++});
            }
        }
        batch("insert into chapter (id, edition_id, number, title_es, title_en, position) values (?, ?, ?, ?, ?, ?)",
                chapterRows);
        batch("insert into section (id, chapter_id, number, title_es, title_en, position) values (?, ?, ?, ?, ?, ?)",
                sectionRows);

        Map<String, UUID> standards = new HashMap<>();
        List<Object[]> standardRows = new ArrayList<>();
        List<Object[]> levelRows = new ArrayList<>();
        List<Object[]> tierLinks = new ArrayList<>();
        List<Object[]> functionLinks = new ArrayList<>();
        List<Object[]> elementRows = new ArrayList<>();
        for (ManualDocument.Standard standard : document.standards()) {
            UUID id = UUID.randomUUID();
            standards.put(standard.number(), id);
            int[] key = standard.sortKey();
            UUID section = key.length > 2 ? sections.get(key[0] + "." + key[1]) : null;
            Text proof = standard.timeSensitivity() == null ? null : standard.timeSensitivity().proof();
            standardRows.add(new Object[] {id, edition, chapters.get(key[0]), section, standard.number(),
                Arrays.stream(key).mapToObj(String::valueOf).collect(Collectors.joining(",", "{", "}")),
                es(standard.title()), en(standard.title()), es(standard.statement()), en(standard.statement()),
                es(standard.commentary()), en(standard.commentary()), es(standard.proofGuidance()),
                en(standard.proofGuidance()), translation(standard, document).name(), standard.level().name(),
                standard.timeSensitivity() == null ? null : standard.timeSensitivity().frequency().name(),
                es(proof), en(proof)});
            for (Map.Entry<String, Level> level : standard.levelBySizeClass().entrySet()) {
                levelRows.add(new Object[] {id, sizeClasses.get(level.getKey()), level.getValue().name()});
            }
            for (String tier : standard.tiers()) {
                tierLinks.add(new Object[] {id, tiers.get(tier)});
            }
            for (String function : standard.functions()) {
                functionLinks.add(new Object[] {id, function});
            }
            int position = 0;
            for (Element element : standard.elements()) {
                elementRows.add(new Object[] {id, element.letter(), es(element.text()), en(element.text()), position++});
            }
        }
        batch("""
                insert into standard (id, edition_id, chapter_id, section_id, number, sort_key, title_es, title_en,
                    statement_es, statement_en, commentary_es, commentary_en, proof_guidance_es, proof_guidance_en,
                    translation_status, level, frequency, frequency_proof_es, frequency_proof_en)
                values (?, ?, ?, ?, ?, cast(? as int[]), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", standardRows);
        batch("insert into standard_level (standard_id, size_class_id, level) values (?, ?, ?)", levelRows);
        batch("insert into standard_tier (standard_id, tier_id) values (?, ?)", tierLinks);
        batch("insert into standard_function (standard_id, function_code) values (?, ?)", functionLinks);
        batch("insert into element (standard_id, letter, text_es, text_en, position) values (?, ?, ?, ?, ?)",
                elementRows);

        if (document.crosswalk() != null) {
            crosswalk(edition, document.crosswalk(), standards);
        }
        return edition;
    }

    /** The stored edition as a document again, in the same order every time so exports are stable. */
    public ManualDocument load(UUID edition) {
        record Head(String programme, String code, String version, Text title, String effective, String transition,
                String language, List<String> languages) {
        }
        Head head = jdbc.sql("""
                select programme, code, version, title_es, title_en, effective_date, transition_date,
                    authoritative_language, required_languages
                from manual_edition where id = ?""").param(edition)
                .query((rs, row) -> new Head(rs.getString("programme"), rs.getString("code"), rs.getString("version"),
                        Text.of(rs.getString("title_es"), rs.getString("title_en")),
                        rs.getObject("effective_date", LocalDate.class).toString(),
                        rs.getObject("transition_date", LocalDate.class) == null ? null
                                : rs.getObject("transition_date", LocalDate.class).toString(),
                        rs.getString("authoritative_language"),
                        List.of((String[]) rs.getArray("required_languages").getArray())))
                .single();
        List<SizeClass> sizeClasses = jdbc.sql("""
                select code, min_personnel, max_personnel from size_class where edition_id = ? order by position""")
                .param(edition).query((rs, row) -> new SizeClass(rs.getString("code"), rs.getInt("min_personnel"),
                        rs.getObject("max_personnel", Integer.class))).list();
        List<Tier> tiers = jdbc.sql("select code, name_es, name_en from tier where edition_id = ? order by position")
                .param(edition).query((rs, row) -> new Tier(rs.getString("code"),
                        Text.of(rs.getString("name_es"), rs.getString("name_en")))).list();
        Map<UUID, List<Section>> sections = new HashMap<>();
        jdbc.sql("""
                select s.chapter_id, s.number, s.title_es, s.title_en from section s join chapter c on c.id = s.chapter_id
                where c.edition_id = ? order by s.position""").param(edition)
                .query(rs -> {
                    sections.computeIfAbsent(rs.getObject("chapter_id", UUID.class), id -> new ArrayList<>())
                            .add(new Section(rs.getInt("number"), Text.of(rs.getString("title_es"), rs.getString("title_en"))));
                });
        List<Chapter> chapters = jdbc.sql("select id, number, title_es, title_en from chapter where edition_id = ? order by position")
                .param(edition).query((rs, row) -> new Chapter(rs.getInt("number"),
                        Text.of(rs.getString("title_es"), rs.getString("title_en")),
                        sections.getOrDefault(rs.getObject("id", UUID.class), List.of()))).list();

        Map<UUID, Map<String, Level>> levels = new HashMap<>();
        jdbc.sql("""
                select l.standard_id, c.code, l.level from standard_level l join size_class c on c.id = l.size_class_id
                where c.edition_id = ? order by c.position""").param(edition)
                .query(rs -> {
                    levels.computeIfAbsent(rs.getObject("standard_id", UUID.class), id -> new LinkedHashMap<>())
                            .put(rs.getString("code"), Level.valueOf(rs.getString("level")));
                });
        Map<UUID, List<String>> standardTiers = links("""
                select st.standard_id, t.code from standard_tier st join tier t on t.id = st.tier_id
                where t.edition_id = ? order by t.position""", edition);
        Map<UUID, List<String>> functions = links("""
                select sf.standard_id, f.code from standard_function sf join standard s on s.id = sf.standard_id
                join agency_function f on f.code = sf.function_code where s.edition_id = ? order by f.position""", edition);
        Map<UUID, List<Element>> elements = new HashMap<>();
        jdbc.sql("""
                select e.standard_id, e.letter, e.text_es, e.text_en from element e join standard s on s.id = e.standard_id
                where s.edition_id = ? order by e.position""").param(edition)
                .query(rs -> {
                    elements.computeIfAbsent(rs.getObject("standard_id", UUID.class), id -> new ArrayList<>())
                            .add(new Element(rs.getString("letter"), Text.of(rs.getString("text_es"), rs.getString("text_en"))));
                });
        List<ManualDocument.Standard> standards = jdbc.sql("""
                select * from standard where edition_id = ? order by sort_key""").param(edition)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String frequency = rs.getString("frequency");
                    return new ManualDocument.Standard(rs.getString("number"),
                            Text.of(rs.getString("title_es"), rs.getString("title_en")),
                            Text.of(rs.getString("statement_es"), rs.getString("statement_en")),
                            Text.of(rs.getString("commentary_es"), rs.getString("commentary_en")),
                            Text.of(rs.getString("proof_guidance_es"), rs.getString("proof_guidance_en")),
                            TranslationStatus.valueOf(rs.getString("translation_status")),
                            Level.valueOf(rs.getString("level")), levels.getOrDefault(id, Map.of()),
                            standardTiers.getOrDefault(id, List.of()), functions.getOrDefault(id, List.of()),
                            frequency == null ? null : new ManualDocument.TimeSensitivity(
                                    Frequency.valueOf(frequency),
                                    Text.of(rs.getString("frequency_proof_es"), rs.getString("frequency_proof_en"))),
                            elements.getOrDefault(id, List.of()));
                }).list();
        return new ManualDocument(ManualDocument.FORMAT, head.programme(), head.code(), head.version(), head.title(),
                head.effective(), head.transition(), head.language(), head.languages(), sizeClasses, tiers, chapters,
                standards, loadCrosswalk(edition));
    }

    private ManualDocument.Crosswalk loadCrosswalk(UUID edition) {
        List<ManualDocument.EditionRef> earlier = jdbc.sql("""
                select distinct e.code, e.version from crosswalk x join manual_edition e on e.id = x.from_edition_id
                where x.edition_id = ?""").param(edition)
                .query((rs, row) -> new ManualDocument.EditionRef(rs.getString("code"), rs.getString("version"))).list();
        if (earlier.isEmpty()) {
            return null;
        }
        List<Entry> entries = jdbc.sql("""
                select f.number as from_number, t.number as to_number, x.relationship from crosswalk x
                left join standard f on f.id = x.from_standard_id left join standard t on t.id = x.to_standard_id
                where x.edition_id = ? order by x.position""").param(edition)
                .query((rs, row) -> new Entry(rs.getString("from_number"), rs.getString("to_number"),
                        Relationship.valueOf(rs.getString("relationship")))).list();
        return new ManualDocument.Crosswalk(earlier.get(0), entries);
    }

    private Map<UUID, List<String>> links(String sql, UUID edition) {
        Map<UUID, List<String>> links = new HashMap<>();
        jdbc.sql(sql).param(edition).query(rs -> {
            links.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(rs.getString(2));
        });
        return links;
    }

    private void crosswalk(UUID edition, ManualDocument.Crosswalk crosswalk, Map<String, UUID> standards) {
        UUID earlier = jdbc.sql("select id from manual_edition where code = ? and version = ?")
                .params(crosswalk.fromEdition().code(), crosswalk.fromEdition().version()).query(UUID.class).single();
        Map<String, UUID> earlierStandards = new HashMap<>();
        jdbc.sql("select number, id from standard where edition_id = ?").param(earlier)
                .query(rs -> {
                    earlierStandards.put(rs.getString("number"), rs.getObject("id", UUID.class));
                });
        List<Object[]> rows = new ArrayList<>();
        for (Entry entry : crosswalk.entries()) {
            rows.add(new Object[] {edition, earlier, entry.from() == null ? null : earlierStandards.get(entry.from()),
                entry.to() == null ? null : standards.get(entry.to()), entry.relationship().name(), rows.size()});
        }
        batch("""
                insert into crosswalk (edition_id, from_edition_id, from_standard_id, to_standard_id, relationship, position)
                values (?, ?, ?, ?, ?, ?)""", rows);
    }

    /**
     * A file that does not say how far its translation is gets MISSING when a text lacks a language and
     * MACHINE otherwise: nobody has vouched for a review, so the import does not claim one.
     */
    private static TranslationStatus translation(ManualDocument.Standard standard,
            ManualDocument document) {
        if (standard.translation() != null) {
            return standard.translation();
        }
        List<Text> texts = new ArrayList<>(List.of(standard.title(), standard.statement()));
        for (Text optional : new Text[] {standard.commentary(), standard.proofGuidance(),
            standard.timeSensitivity() == null ? null : standard.timeSensitivity().proof()}) {
            if (optional != null) {
                texts.add(optional);
            }
        }
        standard.elements().forEach(element -> texts.add(element.text()));
        boolean complete = texts.stream().allMatch(text -> present(text.es()) && present(text.en()));
        return complete ? TranslationStatus.MACHINE
                : TranslationStatus.MISSING;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batches.batchUpdate(sql, rows);
        }
    }

    private static String es(Text text) {
        return text == null ? null : text.es();
    }

    private static String en(Text text) {
        return text == null ? null : text.en();
    }
}
