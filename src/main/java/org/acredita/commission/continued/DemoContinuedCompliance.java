package org.acredita.commission.continued;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.Role;
import org.acredita.agencies.AgencyLifecycle;
import org.acredita.agencies.Enrolment;
import org.acredita.audit.AuditTrail;
import org.acredita.commission.AnnualReportStatus;
import org.acredita.commission.Award;
import org.acredita.commission.Awards;
import org.acredita.commission.DocketReason;
import org.acredita.commission.MeetingStatus;
import org.acredita.commission.Outcome;
import org.acredita.commission.Vote;
import org.acredita.commission.internal.CertificateHash;
import org.acredita.commission.internal.DecisionStore;
import org.acredita.commission.internal.MeetingStore;
import org.acredita.commission.continued.AnnualReport.Shortfall;
import org.acredita.commission.continued.AnnualReportStore.Explanation;
import org.acredita.commission.continued.AnnualReportStore.SignedShortfall;
import org.acredita.database.DemoSeed;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.acredita.selfassessment.AccreditationFiles;
import org.springframework.stereotype.Component;

/**
 * The demo agency in its second year of continued compliance (the municipal police of Colima, awarded 23 months
 * ago by the programme's demo): the Commission's past meeting, decision and award with its certificate, the
 * year-1 annual report signed by its chief executive and accepted by the accreditation body, and the year-2 report
 * drafted by its accreditation manager, due in about two months. The agency has no demo accounts, like the
 * programme's other agencies: the signature names its chief executive from the profile. Written through the stores
 * (the decision path only dates an award on a meeting held now), audited as the real steps are.
 */
@Component
class DemoContinuedCompliance implements DemoSeed {

    private static final String CHIEF = "Cmdte. Rosa Elena Anguiano Ceballos";

    private final Organisations organisations;
    private final AgencyLifecycle lifecycle;
    private final MeetingStore meetings;
    private final DecisionStore decisions;
    private final Awards awards;
    private final AnnualReports reports;
    private final AnnualReportStore store;
    private final AccreditationFiles files;
    private final Staff staff;
    private final AuditTrail audit;

    DemoContinuedCompliance(Organisations organisations, AgencyLifecycle lifecycle, MeetingStore meetings,
            DecisionStore decisions, Awards awards, AnnualReports reports, AnnualReportStore store,
            AccreditationFiles files, Staff staff, AuditTrail audit) {
        this.organisations = organisations;
        this.lifecycle = lifecycle;
        this.meetings = meetings;
        this.decisions = decisions;
        this.awards = awards;
        this.reports = reports;
        this.store = store;
        this.files = files;
        this.staff = staff;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "commission.continued-compliance";
    }

    /** The agency and its file's progress first; after the next meeting, which is seeded only on an empty table. */
    @Override
    public Set<String> after() {
        return Set.of("programmes.agencies", "proofs.programme-files", "commission.meetings");
    }

    @Override
    public void seed() {
        Organisation agency = organisations.agencyNamed("Colima").orElse(null);
        if (agency == null || !awards.of(agency.id()).isEmpty()) {
            return;
        }
        Enrolment enrolment = lifecycle.enrolments(agency.id()).stream().filter(e -> e.awardDate() != null)
                .findFirst().orElse(null);
        if (enrolment == null || files.of(agency).isEmpty()) {
            return;
        }
        Award award = grant(agency, enrolment);
        yearOne(agency, award);
        yearTwo(agency, award);
    }

    /** The meeting that heard the agency on its award date, the unanimous decision and the award with certificate. */
    private Award grant(Organisation agency, Enrolment enrolment) {
        LocalDate on = enrolment.awardDate();
        UUID meeting = meetings.insertMeeting(on, LocalTime.of(10, 0), "America/Mexico_City",
                "Sala de la Comisión, Ciudad de México", null, null);
        meetings.moveStatus(meeting, MeetingStatus.PLANNED, MeetingStatus.DOCKET_CLOSED);
        meetings.moveStatus(meeting, MeetingStatus.DOCKET_CLOSED, MeetingStatus.HELD);
        meetings.moveStatus(meeting, MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED);
        UUID item = meetings.insertItem(meeting, agency.id(), DocketReason.INITIAL_ACCREDITATION, null, null);
        UUID decision = decisions.insertDecision(item, agency.id(), Outcome.ACCREDITED, on, null, null, null);
        for (StaffMember commissioner : staff.holding(Role.COMMISSIONER)) {
            if (commissioner.displayName().contains("Robert García")) {
                meetings.insertSeat(item, agency.id(), commissioner.id(), null);
                decisions.insertVote(decision, agency.id(), commissioner.id(), Vote.FOR);
            }
        }
        var file = files.of(agency).get(0);
        LocalDate expires = on.plusYears(Enrolment.AWARD_YEARS);
        UUID id = decisions.insertAward(decision, agency.id(), enrolment.programme().name(), on, expires,
                file.editionId(), file.tier());
        String number = decisions.nextCertificateNumber(on.getYear());
        String hash = CertificateHash.of(number, agency.name(), enrolment.programme().name(), file.tier(), on, expires);
        decisions.certify(id, number, hash);
        audit.record("COMMISSION_AWARD_GRANTED", "commission-award", id.toString(), agency.id(),
                agency.name() + " · " + enrolment.programme() + " · " + on + " → " + expires + " · " + number
                        + " · sha256 " + hash);
        return awards.of(agency.id()).get(0);
    }

    /** Signed by the chief executive 20 days after the anniversary, accepted by the body a week later. */
    private void yearOne(Organisation agency, Award award) {
        AnnualReport.Changes changes = new AnnualReport.Changes(null,
                "Se creó la Unidad de Asuntos Internos, dependiente de la Comisaría General.", null, null);
        UUID id = store.saveDraft(award.id(), agency.id(), 1, changes, null);
        AnnualReports.Live live = reports.live(agency, award);
        List<SignedShortfall> shortfalls = new ArrayList<>();
        for (Shortfall s : live.shortfalls()) {
            shortfalls.add(new SignedShortfall(s.number(), s.title(), s.status(),
                    "Directiva en actualización tras la reestructuración de la Comisaría.",
                    "Aprobar y difundir la directiva antes del informe del año 2."));
        }
        ZoneId zone = agency.timeZone();
        LocalDate anniversary = AnnualReportSchedule.anniversary(award.awardedOn(), 1);
        var signedAt = anniversary.plusDays(20).atTime(12, 30).atZone(zone).toInstant();
        SignedText signed = SignedText.of(AnnualReports.fields(agency, award, 1, live.counts(), shortfalls, changes,
                null, signedAt));
        store.sign(id, null, signedAt, signed, AnnualReports.counts(live.counts()));
        store.replaceWithSigned(id, agency.id(), shortfalls);
        audit.record("ANNUAL_REPORT_SIGNED", "annual-report", id.toString(), agency.id(),
                agency.name() + " · 1 · " + CHIEF + " · sha256 " + signed.sha256());
        store.decide(id, AnnualReportStatus.ACCEPTED, null, signedAt.plusSeconds(7 * 86_400L), null);
        audit.record("ANNUAL_REPORT_ACCEPTED", "annual-report", id.toString(), agency.id(), agency.name() + " · 1");
    }

    /** The manager's draft: a new chief executive, and the first few standards explained so far. */
    private void yearTwo(Organisation agency, Award award) {
        UUID id = store.saveDraft(award.id(), agency.id(), 2, new AnnualReport.Changes(
                "Asumió la titularidad " + CHIEF + " (antes Subcomisaria Operativa).", null, null,
                "Sin cambio de clase: 640 elementos operativos y 85 administrativos."), null);
        Map<String, Explanation> explained = new LinkedHashMap<>();
        reports.live(agency, award).shortfalls().stream().limit(3).forEach(s -> explained.put(s.number(),
                new Explanation("Prueba anual pendiente de la capacitación de este año.",
                        "Curso programado para el próximo mes; la constancia se cargará al expediente.")));
        store.replaceExplanations(id, agency.id(), explained);
        audit.record("ANNUAL_REPORT_DRAFTED", "annual-report", id.toString(), agency.id(),
                agency.name() + " · 2 · " + explained.size());
    }
}
