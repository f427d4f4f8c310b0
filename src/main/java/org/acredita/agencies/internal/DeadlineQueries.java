package org.acredita.agencies.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acredita.agencies.Deadline;
import org.acredita.agencies.DeadlineKind;
import org.acredita.agencies.Phase;
import org.acredita.standards.AccreditationProgramme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deadlines straight from the enrolments, one range query per kind of date so each can use its partial
 * index (V18); an agency restriction is an {@code = any(array)} on the agency index.
 */
@Repository
public class DeadlineQueries {

    private final JdbcClient jdbc;

    DeadlineQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param agencyIds only these agencies; null for every agency the caller may read
     */
    public List<Deadline> between(LocalDate from, LocalDate to, Collection<UUID> agencyIds) {
        String restriction = agencyIds == null ? "" : " and e.agency_id = any(cast(:agencies as uuid[]))";
        String sql = select(DeadlineKind.SELF_ASSESSMENT, "self_assessment_deadline", restriction)
                + " union all " + select(DeadlineKind.AWARD_EXPIRY, "award_expires", restriction)
                + " order by due, agency_name, programme";
        var statement = jdbc.sql(sql).param("from", from).param("to", to);
        if (agencyIds != null) {
            statement = statement.param("agencies", agencyIds.stream().map(UUID::toString)
                    .collect(Collectors.joining(",", "{", "}")));
        }
        return statement.query((rs, row) -> new Deadline(rs.getObject("id", UUID.class),
                rs.getObject("agency_id", UUID.class), rs.getString("agency_name"),
                AccreditationProgramme.valueOf(rs.getString("programme")), DeadlineKind.valueOf(rs.getString("kind")),
                rs.getDate("due").toLocalDate(), Phase.valueOf(rs.getString("phase")))).list();
    }

    private static String select(DeadlineKind kind, String column, String restriction) {
        String phases = kind.bindsIn().stream().map(phase -> "'" + phase.name() + "'").sorted()
                .collect(Collectors.joining(", "));
        return "select e.id, e.agency_id, o.name as agency_name, e.programme, '" + kind.name() + "' as kind, e."
                + column + " as due, e.phase from agency_enrolment e join agency_directory o on o.agency_id = e.agency_id"
                + " where e." + column + " between :from and :to and e.phase in (" + phases + ")" + restriction;
    }
}
