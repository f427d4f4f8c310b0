package org.acredita.directives;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.identity.AgencyGate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Directive versions as their readers are shown them, for modules that distribute them to the agency's people.
 * Whoever reads the agency reads them; another agency's version is simply not found.
 */
@Service
public class VersionTexts {

    private static final String QUERY = """
            select v.id, d.id as directive_id, d.code, d.title, v.label, v.status, v.body,
                   s.number, s.heading, s.excerpt
            from directive_version v
            join directive d on d.id = v.directive_id
            left join directive_section s on s.version_id = v.id
            where v.agency_id = ? and v.id = any(?::uuid[])
            order by v.id, s.position""";

    private final JdbcClient jdbc;
    private final AgencyGate gate;

    VersionTexts(JdbcClient jdbc, AgencyGate gate) {
        this.jdbc = jdbc;
        this.gate = gate;
    }

    /** The agency's versions among {@code versionIds}, by id (absent when not the agency's); one query. */
    @Transactional(readOnly = true)
    public Map<UUID, VersionText> of(UUID agencyId, Collection<UUID> versionIds) {
        UUID agency = gate.readable(agencyId).id();
        Map<UUID, Reading> readings = new LinkedHashMap<>();
        String[] ids = versionIds.stream().map(UUID::toString).toArray(String[]::new);
        jdbc.sql(QUERY).params(agency, ids).query((RowCallbackHandler) rs -> {
            UUID id = rs.getObject("id", UUID.class);
            Reading reading = readings.get(id);
            if (reading == null) {
                reading = new Reading(rs.getObject("directive_id", UUID.class), rs.getString("code"),
                        rs.getString("title"), rs.getString("label"), rs.getString("status"), rs.getString("body"));
                readings.put(id, reading);
            }
            if (rs.getString("number") != null) {
                reading.sections.add(new VersionText.Section(rs.getString("number"), rs.getString("heading"),
                        rs.getString("excerpt")));
            }
        });
        Map<UUID, VersionText> texts = new LinkedHashMap<>();
        readings.forEach((id, r) -> texts.put(id, new VersionText(id, r.directiveId, r.code, r.title, r.label,
                !r.status.equals("DRAFT"), r.status.equals("SUPERSEDED"), r.body, r.sections)));
        return texts;
    }

    /** One version's columns while its sections are gathered. */
    private static final class Reading {

        final UUID directiveId;
        final String code;
        final String title;
        final String label;
        final String status;
        final String body;
        final List<VersionText.Section> sections = new ArrayList<>();

        Reading(UUID directiveId, String code, String title, String label, String status, String body) {
            this.directiveId = directiveId;
            this.code = code;
            this.title = title;
            this.label = label;
            this.status = status;
            this.body = body;
        }
    }

    /** The agency's approved versions and those in effect, by directive code, for a page to offer. */
    @Transactional(readOnly = true)
    public List<VersionChoice> distributable(UUID agencyId) {
        UUID agency = gate.readable(agencyId).id();
        return jdbc.sql("""
                select v.id, d.code, d.title, v.label, v.status = 'IN_EFFECT' as in_effect
                from directive_version v join directive d on d.id = v.directive_id
                where v.agency_id = ? and v.status in ('APPROVED', 'IN_EFFECT')
                order by d.code, v.created_at""").param(agency)
                .query((rs, n) -> new VersionChoice(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getString("title"), rs.getString("label"), rs.getBoolean("in_effect"))).list();
    }

    /** An approved version a page offers for distribution. */
    public record VersionChoice(UUID versionId, String code, String title, String label, boolean inEffect) {
    }

}
