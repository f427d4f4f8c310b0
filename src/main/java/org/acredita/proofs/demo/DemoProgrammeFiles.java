package org.acredita.proofs.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Reach;
import org.acredita.access.Role;
import org.acredita.agencies.Agencies;
import org.acredita.agencies.AgencySummary;
import org.acredita.database.DemoSeed;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.acredita.proofs.ProofKind;
import org.acredita.proofs.ProofSubmissions;
import org.acredita.proofs.internal.ProofInput;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.StandardAction;
import org.acredita.selfassessment.StandardStatus;
import org.acredita.selfassessment.StandardWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Progress in the other demo agencies' files, so the programme's overview looks like a programme at work: each
 * agency a different share of its standards in compliance (with a proof each where the agency has a demo
 * account), under review, in progress and one returned. The agency's own manager does the agency's part where the demo has one (otherwise the chief
 * executive named in its profile); an advisor approves. Seeded once; the police file has its own seeder.
 */
@Component
class DemoProgrammeFiles implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoProgrammeFiles.class);

    private final AccreditationFiles files;
    private final StandardWorkflow workflow;
    private final ProofSubmissions proofs;
    private final Agencies agencies;
    private final Staff staff;

    DemoProgrammeFiles(AccreditationFiles files, StandardWorkflow workflow, ProofSubmissions proofs,
            Agencies agencies, Staff staff) {
        this.files = files;
        this.workflow = workflow;
        this.proofs = proofs;
        this.agencies = agencies;
        this.staff = staff;
    }

    @Override
    public String name() {
        return "proofs.programme-files";
    }

    /** The files opened when the programme's agencies entered self-assessment, and their advisors. */
    @Override
    public Set<String> after() {
        return Set.of("identity.organisations-and-people", "programmes.agencies");
    }

    @Override
    public void seed() {
        StaffMember advisor = staff.holding(Role.ADVISOR).stream().findFirst().orElse(null);
        int seeded = 0;
        for (AccreditationFile file : files.all()) {
            AgencySummary agency = agencies.get(file.agencyId());
            List<FileStandard> standards = files.contents(file.id()).standards();
            boolean untouched = standards.stream().allMatch(standard -> standard.status()
                    == StandardStatus.NOT_STARTED && standard.assigneeId() == null);
            if (advisor == null || !untouched || !agency.name().endsWith("demostración")
                    || agency.name().contains("Querétaro")) {
                continue;
            }
            progress(file, agency, standards, advisor);
            seeded++;
        }
        if (seeded > 0) {
            log.info("Avance de demostración en {} expedientes / Demo progress in {} files", seeded, seeded);
        }
    }

    /** A share of the standards between 15 % and 75 %, different for each agency but the same every run. */
    private void progress(AccreditationFile file, AgencySummary agency, List<FileStandard> standards,
            StaffMember advisor) {
        int share = 15 + Math.floorMod(agency.name().hashCode(), 61);
        int done = standards.size() * share / 100;
        AccessScope agencySide = agencySide(agency);
        AccessScope reviewer = new AccessScope(advisor.id(), advisor.displayName(), advisor.organisationId(), Set.of(Role.ADVISOR),
                Reach.of(Set.of(agency.id())), Reach.of(Set.of(agency.id())));
        LocalDate today = files.todayOf(agency.id());
        for (int i = 0; i < Math.min(standards.size(), done + 4); i++) {
            String number = standards.get(i).number();
            LocalDate dated = today.minusDays(20L + i);
            CurrentScope.runAs(agencySide, () -> workflow.act(file.id(), number, StandardAction.START, null, null));
            if (i >= done + 2) {
                continue;
            }
            CurrentScope.runAs(agencySide, () -> workflow.act(file.id(), number, StandardAction.SUBMIT, null, null));
            if (i >= done) {
                continue;
            }
            if (i == done - 1) {
                CurrentScope.runAs(reviewer, () -> workflow.act(file.id(), number, StandardAction.RETURN,
                        "Falta la evidencia de difusión al personal.", null));
                continue;
            }
            // Proofs are given by signed-in people only: agencies without a demo account show their statuses.
            if (agencySide.userId() != null) {
                CurrentScope.runAs(agencySide, () -> proofs.addEntry(file.id(), number, ProofKind.NOTE, new ProofInput(
                    dated, 1, null, "Directiva vigente y registro de difusión",
                    "Orden firmada por la titular; lista de difusión al personal en el archivo.", null, null)));
            }
            CurrentScope.runAs(reviewer, () -> workflow.act(file.id(), number, StandardAction.APPROVE, null, null));
        }
    }

    /** The agency's own manager if the demo gave it one; else its chief executive, named but without an account. */
    private AccessScope agencySide(AgencySummary agency) {
        StaffMember manager = staff.ofAgency(agency.id()).stream().findFirst().orElse(null);
        String name = manager != null ? manager.displayName()
                : agency.profile() != null && agency.profile().chiefExecutive() != null
                        ? agency.profile().chiefExecutive() : agency.name();
        UUID organisation = manager != null ? manager.organisationId() : agency.id();
        return new AccessScope(manager == null ? null : manager.id(), name, organisation,
                Set.of(Role.ACCREDITATION_MANAGER), Reach.of(Set.of(agency.id())), Reach.of(Set.of(agency.id())));
    }
}
