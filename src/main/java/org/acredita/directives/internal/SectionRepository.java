package org.acredita.directives.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.acredita.directives.internal.ElementMapping;
import org.acredita.directives.internal.Section;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sections of directive versions and the elements they are mapped to. */
@Repository
public class SectionRepository {

    /** A section row without its mappings, for locating and checking before a change. */
    public record SectionRow(UUID id, UUID agencyId, UUID versionId, UUID directiveId) {
    }

    private final JdbcClient jdbc;

    SectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sections of the given versions with their mappings, in document order, by version id. */
    public Map<UUID, List<Section>> ofVersions(UUID agencyId, List<UUID> versionIds) {
        Map<UUID, List<Section>> byVersion = new LinkedHashMap<>();
        if (versionIds.isEmpty()) {
            return byVersion;
        }
        Map<UUID, List<ElementMapping>> mappings = new LinkedHashMap<>();
        UUID[] ids = versionIds.toArray(UUID[]::new);
        jdbc.sql("""
                select m.id, m.section_id, m.edition_id, m.standard_number, m.element_letter from element_mapping m
                join directive_section s on s.id = m.section_id
                where m.agency_id = ? and s.version_id = any(?)
                order by string_to_array(m.standard_number, '.')::int[], m.element_letter nulls first""")
                .params(agencyId, ids).query((rs, row) -> new ElementMapping(rs.getObject("id", UUID.class),
                        rs.getObject("section_id", UUID.class), rs.getObject("edition_id", UUID.class),
                        rs.getString("standard_number"), rs.getString("element_letter")))
                .list().forEach(m -> mappings.computeIfAbsent(m.sectionId(), k -> new ArrayList<>()).add(m));
        jdbc.sql("select id, version_id, number, heading, excerpt from directive_section where agency_id = ? "
                + "and version_id = any(?) order by position").params(agencyId, ids)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Section(id, rs.getObject("version_id", UUID.class), rs.getString("number"),
                            rs.getString("heading"), rs.getString("excerpt"), mappings.getOrDefault(id, List.of()));
                }).list().forEach(s -> byVersion.computeIfAbsent(s.versionId(), k -> new ArrayList<>()).add(s));
        return byVersion;
    }

    public Optional<SectionRow> find(UUID agencyId, UUID sectionId) {
        return jdbc.sql("""
                select s.id, s.agency_id, s.version_id, v.directive_id from directive_section s
                join directive_version v on v.id = s.version_id where s.agency_id = ? and s.id = ?""")
                .params(agencyId, sectionId).query((rs, row) -> new SectionRow(rs.getObject("id", UUID.class),
                        rs.getObject("agency_id", UUID.class), rs.getObject("version_id", UUID.class),
                        rs.getObject("directive_id", UUID.class))).optional();
    }

    public boolean numberTaken(UUID versionId, String number) {
        return jdbc.sql("select count(*) from directive_section where version_id = ? and lower(number) = lower(?)")
                .params(versionId, number).query(Long.class).single() > 0;
    }

    public void insert(UUID agencyId, UUID versionId, Section section) {
        jdbc.sql("""
                insert into directive_section (id, agency_id, version_id, number, heading, excerpt, position)
                values (?, ?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from directive_section where version_id = ?))""")
                .params(section.id(), agencyId, versionId, section.number(), section.heading(), section.excerpt(),
                        versionId).update();
    }

    /** Adds the mappings a section does not have yet; returns how many were new. */
    public int map(UUID agencyId, UUID sectionId, UUID editionId, String standardNumber, List<String> letters) {
        int added = 0;
        for (String letter : letters) {
            added += jdbc.sql("""
                    insert into element_mapping (agency_id, section_id, edition_id, standard_number, element_letter)
                    values (?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(agencyId, sectionId, editionId, standardNumber, letter).update();
        }
        return added;
    }

    public Optional<ElementMapping> mapping(UUID agencyId, UUID mappingId) {
        return jdbc.sql("select id, section_id, edition_id, standard_number, element_letter from element_mapping "
                + "where agency_id = ? and id = ?").params(agencyId, mappingId)
                .query((rs, row) -> new ElementMapping(rs.getObject("id", UUID.class),
                        rs.getObject("section_id", UUID.class), rs.getObject("edition_id", UUID.class),
                        rs.getString("standard_number"), rs.getString("element_letter"))).optional();
    }

    public void unmap(UUID agencyId, UUID mappingId) {
        jdbc.sql("delete from element_mapping where agency_id = ? and id = ?").params(agencyId, mappingId).update();
    }

    /** Copies the sections and mappings of one version into another, so a new version starts where the last left off. */
    public void copy(UUID agencyId, UUID fromVersion, UUID toVersion) {
        for (Section section : ofVersions(agencyId, List.of(fromVersion)).getOrDefault(fromVersion, List.of())) {
            UUID copy = UUID.randomUUID();
            insert(agencyId, toVersion, new Section(copy, toVersion, section.number(), section.heading(),
                    section.excerpt(), List.of()));
            for (ElementMapping m : section.mappings()) {
                map(agencyId, copy, m.editionId(), m.standardNumber(), java.util.Collections.singletonList(m.elementLetter()));
            }
        }
    }
}
