package org.acredita.programmes.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which agencies are in which programme, in which cohort, with which advisors. */
@Repository
public class MembershipRepository {

    private static final String COLUMNS = """
            programme_id, agency_id, cohort_id, joined_on, lead_advisor_id, second_advisor_id, regional_manager_id
            """;

    private final JdbcClient jdbc;

    MembershipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A membership row as stored; names are resolved by the service. */
    public record Row(UUID programmeId, UUID agencyId, UUID cohortId, LocalDate joinedOn, UUID leadAdvisorId,
            UUID secondAdvisorId, UUID regionalManagerId) {
    }

    public List<Row> ofProgramme(UUID programmeId) {
        return jdbc.sql("select " + COLUMNS + " from funded_programme_agency where programme_id = ?").param(programmeId)
                .query(MembershipRepository::row).list();
    }

    public List<Row> ofAgency(UUID agencyId) {
        return jdbc.sql("select pa.programme_id, pa.agency_id, pa.cohort_id, pa.joined_on, pa.lead_advisor_id, "
                + "pa.second_advisor_id, pa.regional_manager_id from funded_programme_agency pa "
                + "join funded_programme p on p.id = pa.programme_id where pa.agency_id = ? order by p.starts_on desc")
                .param(agencyId).query(MembershipRepository::row).list();
    }

    public Optional<Row> find(UUID programmeId, UUID agencyId) {
        return jdbc.sql("select " + COLUMNS + " from funded_programme_agency where programme_id = ? and agency_id = ?")
                .param(programmeId).param(agencyId).query(MembershipRepository::row).optional();
    }

    public void insert(Row row) {
        jdbc.sql("insert into funded_programme_agency (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
                .params(row.programmeId(), row.agencyId(), row.cohortId(), row.joinedOn(), row.leadAdvisorId(),
                        row.secondAdvisorId(), row.regionalManagerId()).update();
    }

    public void update(Row row) {
        jdbc.sql("""
                update funded_programme_agency set cohort_id = ?, joined_on = ?, lead_advisor_id = ?, second_advisor_id = ?,
                    regional_manager_id = ? where programme_id = ? and agency_id = ?
                """).params(row.cohortId(), row.joinedOn(), row.leadAdvisorId(), row.secondAdvisorId(),
                row.regionalManagerId(), row.programmeId(), row.agencyId()).update();
    }

    /** The time limit the agency's most recent programme sets for a kind of accreditation. */
    public Optional<Integer> monthsFor(UUID agencyId, String column) {
        return jdbc.sql("select p." + column + " from funded_programme_agency pa join funded_programme p on p.id = pa.programme_id "
                + "where pa.agency_id = ? order by p.starts_on desc limit 1").param(agencyId)
                .query(Integer.class).optional();
    }

    /** The public-comment notice of the newest programme the agency belongs to. */
    public Optional<Integer> publicCommentNoticeDays(UUID agencyId) {
        return jdbc.sql("select p.public_comment_notice_days from funded_programme_agency pa join funded_programme p "
                + "on p.id = pa.programme_id where pa.agency_id = ? order by p.starts_on desc limit 1").param(agencyId)
                .query(Integer.class).optional();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getObject("programme_id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getObject("cohort_id", UUID.class), rs.getObject("joined_on", LocalDate.class),
                rs.getObject("lead_advisor_id", UUID.class), rs.getObject("second_advisor_id", UUID.class),
                rs.getObject("regional_manager_id", UUID.class));
    }
}
