package org.acredita.commission.continued;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.acredita.commission.AnnualReportDue;
import org.acredita.commission.AnnualReportStatus;
import org.acredita.commission.AwardFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The annual status reports' rows; row-level security keeps them to the caller's agencies. */
@Repository
class AnnualReportStore {

    record Row(UUID id, UUID awardId, UUID agencyId, int year, AnnualReportStatus status, AnnualReport.Changes changes,
            UUID signedBy, Instant signedAt, String signedText, String signedSha256, String signedCounts,
            Instant decidedAt, String returnReason) {
    }

    /** The manager's words on one standard not in compliance. */
    record Explanation(String reason, String correctiveAction) {
    }

    /** A standard not in compliance as signed. */
    record SignedShortfall(String number, String title, String status, String reason, String correctiveAction) {
    }

    /** The due-date expression of a report of an award (see AnnualReportSchedule). */
    private static final String DUE = "((a.awarded_on + make_interval(years => y.year))::date + "
            + AnnualReportSchedule.DAYS_AFTER_ANNIVERSARY + ")";

    private final JdbcClient jdbc;

    AnnualReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> ofAwards(Collection<UUID> awardIds) {
        if (awardIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from annual_report where award_id in (:ids) order by year")
                .param("ids", awardIds).query(AnnualReportStore::row).list();
    }

    /** The agency's reports begun, of all its awards, oldest first. */
    List<Row> ofAgency(UUID agencyId) {
        return jdbc.sql("select * from annual_report where agency_id = ? order by prepared_at, year")
                .param(agencyId).query(AnnualReportStore::row).list();
    }

    Optional<Row> forUpdate(UUID awardId, int year) {
        return jdbc.sql("select * from annual_report where award_id = ? and year = ? for update")
                .params(awardId, year).query(AnnualReportStore::row).optional();
    }

    /** Creates the draft or rewrites its changes; returns the report's id. */
    UUID saveDraft(UUID awardId, UUID agencyId, int year, AnnualReport.Changes changes, UUID by) {
        return jdbc.sql("""
                insert into annual_report (award_id, agency_id, year, chief_change, structure_change,
                    functions_change, size_change, prepared_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (award_id, year) do update set chief_change = excluded.chief_change,
                    structure_change = excluded.structure_change, functions_change = excluded.functions_change,
                    size_change = excluded.size_change, prepared_by = excluded.prepared_by,
                    prepared_at = clock_timestamp()
                returning id""")
                .params(awardId, agencyId, year, changes.chiefExecutive(), changes.structure(), changes.functions(),
                        changes.sizeClass(), by)
                .query(UUID.class).single();
    }

    void replaceExplanations(UUID reportId, UUID agencyId, Map<String, Explanation> explanations) {
        jdbc.sql("delete from annual_report_shortfall where report_id = ?").param(reportId).update();
        explanations.forEach((number, explanation) -> jdbc.sql("""
                insert into annual_report_shortfall (report_id, agency_id, number, reason, corrective_action)
                values (?, ?, ?, ?, ?)""")
                .params(reportId, agencyId, number, explanation.reason(), explanation.correctiveAction()).update());
    }

    /** Keeps the shortfalls exactly as signed (title and status of the day), in place of the draft's words. */
    void replaceWithSigned(UUID reportId, UUID agencyId, List<SignedShortfall> shortfalls) {
        jdbc.sql("delete from annual_report_shortfall where report_id = ?").param(reportId).update();
        for (SignedShortfall s : shortfalls) {
            jdbc.sql("""
                    insert into annual_report_shortfall (report_id, agency_id, number, title, standard_status, reason,
                        corrective_action) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(reportId, agencyId, s.number(), s.title(), s.status(), s.reason(), s.correctiveAction())
                    .update();
        }
    }

    List<SignedShortfall> signedShortfalls(UUID reportId) {
        return jdbc.sql("select * from annual_report_shortfall where report_id = ? order by number").param(reportId)
                .query((rs, n) -> new SignedShortfall(rs.getString("number"), rs.getString("title"),
                        rs.getString("standard_status"), rs.getString("reason"), rs.getString("corrective_action")))
                .list();
    }

    Map<String, Explanation> explanations(UUID reportId) {
        Map<String, Explanation> found = new LinkedHashMap<>();
        jdbc.sql("select number, reason, corrective_action from annual_report_shortfall where report_id = ?")
                .param(reportId).query((rs, n) -> found.put(rs.getString("number"),
                        new Explanation(rs.getString("reason"), rs.getString("corrective_action")))).list();
        return found;
    }

    /** Signs a draft or returned report; false when it is neither (signed meanwhile). */
    boolean sign(UUID id, UUID by, Instant at, SignedText signed, String counts) {
        return jdbc.sql("""
                update annual_report set status = 'SIGNED', signed_by = ?, signed_at = ?, signed_text = ?,
                    signed_sha256 = ?, signed_counts = ?, decided_by = null, decided_at = null, return_reason = null
                where id = ? and status in ('DRAFT', 'RETURNED')""")
                .params(by, Timestamp.from(at), signed.text(), signed.sha256(), counts, id).update() == 1;
    }

    /** Accepts or returns a signed report; a returned one loses its signature and is a draft to sign again. */
    boolean decide(UUID id, AnnualReportStatus to, UUID by, Instant at, String reason) {
        String signature = to == AnnualReportStatus.RETURNED
                ? ", signed_by = null, signed_at = null, signed_text = null, signed_sha256 = null, signed_counts = null" : "";
        return jdbc.sql("update annual_report set status = ?, decided_by = ?, decided_at = ?, return_reason = ?"
                        + signature + " where id = ? and status = 'SIGNED'")
                .params(to.name(), by, Timestamp.from(at), reason, id).update() == 1;
    }

    /**
     * Reports of active awards not signed, due between the two days (inclusive), whichever agencies are readable;
     * without the agency's name (identity's, see {@code ContinuedComplianceAttention#named}).
     */
    List<AnnualReportDue> unsignedDue(LocalDate from, LocalDate to) {
        return jdbc.sql("select a.agency_id, a.id award_id, y.year, " + DUE + " due_on "
                        + """
                from commission_award a
                cross join generate_series(1, 3) y(year)
                left join annual_report r on r.award_id = a.id and r.year = y.year
                where a.status = 'ACTIVE' and coalesce(r.status, 'DRAFT') in ('DRAFT', 'RETURNED')
                  and """ + " " + DUE + " between ? and ? order by due_on")
                .params(from, to)
                .query((rs, n) -> new AnnualReportDue(rs.getObject("agency_id", UUID.class), null,
                        rs.getObject("award_id", UUID.class), rs.getInt("year"),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    /** Reports signed and waiting for the accreditation body, oldest signature first (due date: the year's). */
    List<AnnualReportDue> signedAwaiting() {
        return jdbc.sql("select a.agency_id, a.id award_id, r.year, " + DUE + " due_on "
                        + """
                from annual_report r join commission_award a on a.id = r.award_id
                cross join lateral (select r.year) y(year)
                where r.status = 'SIGNED' order by r.signed_at, r.id""")
                .query((rs, n) -> new AnnualReportDue(rs.getObject("agency_id", UUID.class), null,
                        rs.getObject("award_id", UUID.class), rs.getInt("year"),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    /**
     * On these agencies, in one statement: agencies holding an active award, active awards expiring from today to the
     * horizon (inclusive), open conditions of awards held or suspended and those past due, and reports overdue (as
     * {@link #overdueCounts} counts them).
     */
    AwardFigures figures(Collection<UUID> agencyIds, LocalDate today, LocalDate horizon) {
        return jdbc.sql("""
                select (select count(distinct agency_id) from commission_award
                            where agency_id in (:agencies) and status = 'ACTIVE') awarded,
                       (select count(*) from commission_award where agency_id in (:agencies) and status = 'ACTIVE'
                            and expires_on between :today and :horizon) expiring,
                       (select count(*) from commission_condition c
                            join commission_award a on a.decision_id = c.decision_id
                            where a.agency_id in (:agencies) and c.lifted_on is null
                              and a.status in ('ACTIVE', 'SUSPENDED')) open_conditions,
                       (select count(*) from commission_condition c
                            join commission_award a on a.decision_id = c.decision_id
                            where a.agency_id in (:agencies) and c.lifted_on is null and c.due_on < :today
                              and a.status in ('ACTIVE', 'SUSPENDED')) overdue_conditions,
                       (select count(*) from commission_award a cross join generate_series(1, 3) y(year)
                            left join annual_report r on r.award_id = a.id and r.year = y.year
                            where a.agency_id in (:agencies) and a.status = 'ACTIVE'
                              and coalesce(r.status, 'DRAFT') in ('DRAFT', 'RETURNED') and a.expires_on > :today
                              and """ + DUE + " < :today) overdue_reports")
                .param("agencies", agencyIds).param("today", today).param("horizon", horizon)
                .query((rs, n) -> new AwardFigures(rs.getLong("awarded"), rs.getLong("expiring"),
                        rs.getLong("open_conditions"), rs.getLong("overdue_conditions"), rs.getLong("overdue_reports")))
                .single();
    }

    /** Per agency: its reports overdue on this day (active awards only), in one query. */
    Map<UUID, Long> overdueCounts(Collection<UUID> agencyIds, LocalDate today) {
        if (agencyIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select a.agency_id, count(*) n from commission_award a cross join generate_series(1, 3) y(year) "
                        + """
                left join annual_report r on r.award_id = a.id and r.year = y.year
                where a.agency_id in (:agencies) and a.status = 'ACTIVE'
                  and coalesce(r.status, 'DRAFT') in ('DRAFT', 'RETURNED') and a.expires_on > :today
                  and """ + " " + DUE + " < :today group by a.agency_id")
                .param("agencies", agencyIds).param("today", today)
                .query((rs, n) -> counts.put(rs.getObject("agency_id", UUID.class), rs.getLong("n"))).list();
        return counts;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("award_id", UUID.class),
                rs.getObject("agency_id", UUID.class), rs.getInt("year"),
                AnnualReportStatus.valueOf(rs.getString("status")),
                new AnnualReport.Changes(rs.getString("chief_change"), rs.getString("structure_change"),
                        rs.getString("functions_change"), rs.getString("size_change")),
                rs.getObject("signed_by", UUID.class), instant(rs, "signed_at"), rs.getString("signed_text"),
                rs.getString("signed_sha256"), rs.getString("signed_counts"), instant(rs, "decided_at"),
                rs.getString("return_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
