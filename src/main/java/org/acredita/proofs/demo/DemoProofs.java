package org.acredita.proofs.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.database.DemoSeed;
import org.acredita.identity.ActingAs;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.proofs.ProofKind;
import org.acredita.proofs.ProofSlot;
import org.acredita.proofs.ProofSubmissions;
import org.acredita.proofs.Proofs;
import org.acredita.proofs.SlotState;
import org.acredita.proofs.internal.ProofInput;
import org.acredita.proofs.internal.StandardProofs;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.StandardStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proofs in the demo police file, given by its staff member: standards in compliance proven year after year,
 * those under review with their documents, and time-sensitive standards with most periods proven, one proof
 * late with its explanation, one late without, and gaps left for the "would we pass" panel. Seeded once.
 */
@Component
class DemoProofs implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoProofs.class);

    private final Proofs proofs;
    private final ProofSubmissions submissions;
    private final AccreditationFiles files;
    private final Organisations organisations;
    private final ActingAs actingAs;
    private final TransactionTemplate transactions;

    DemoProofs(Proofs proofs, ProofSubmissions submissions, AccreditationFiles files, Organisations organisations,
            ActingAs actingAs, TransactionTemplate transactions) {
        this.proofs = proofs;
        this.submissions = submissions;
        this.files = files;
        this.organisations = organisations;
        this.actingAs = actingAs;
        this.transactions = transactions;
    }

    @Override
    public String name() {
        return "proofs.police-file";
    }

    @Override
    public Set<String> after() {
        return Set.of("selfassessment.police-file");
    }

    /** The transaction is the staff member's, so the connection carries their reach, not the seeding one. */
    @Override
    public boolean inOneTransaction() {
        return false;
    }

    @Override
    public void seed() {
        Organisation police = organisations.agencyNamed("Querétaro").orElse(null);
        if (police == null) {
            return;
        }
        CurrentScope.runAs(staff(), () -> transactions.executeWithoutResult(status -> {
            List<AccreditationFile> existing = files.of(police.id());
            if (existing.isEmpty() || !proofs.perYear(existing.get(0).id()).isEmpty()) {
                return;
            }
            seed(existing.get(0));
            log.info("Pruebas de cumplimiento de demostración creadas / Demo proofs of compliance seeded");
        }));
    }

    private void seed(AccreditationFile file) {
        int timeSensitive = 0;
        for (FileStandard standard : files.contents(file.id()).standards()) {
            StandardProofs shown = proofs.ofStandard(file.id(), standard.number());
            int current = Math.max(1, shown.currentYear());
            LocalDate today = shown.today();
            switch (standard.status()) {
                case IN_COMPLIANCE -> {
                    for (int year = 1; year <= current; year++) {
                        LocalDate date = min(shown.years().get(year - 1).year().from().plusDays(40), today);
                        pdf(file, standard, year, date, "Informe de cumplimiento " + standard.number() + " - año " + year,
                                "Revision anual del supervisor de la norma " + standard.number() + ".");
                    }
                    note(file, standard, 1, min(shown.years().get(0).year().from().plusDays(15), today),
                            "Acta de capacitación del personal", "Se capacitó a 214 elementos en el contenido de la "
                                    + "orden general; lista de asistencia firmada en el archivo de la Academia.");
                }
                case READY_FOR_REVIEW -> {
                    pdf(file, standard, current, today.minusDays(9), "Orden general vigente " + standard.number(),
                            "Version firmada por la titular con la fecha de revision anual.");
                    link(file, standard, current, today.minusDays(6), "Registro en el sistema de gestión documental",
                            "https://intranet.ssc.example.mx/gestion/ordenes/" + standard.number());
                }
                case RETURNED -> text(file, standard, current, today.minusDays(20), "borrador-orden-general-12.txt",
                        "Borrador de la orden general 12: custodia y revisión anual de directivas. Falta indicar "
                                + "el puesto responsable de la revisión.");
                case IN_PROGRESS -> note(file, standard, current, today.minusDays(3), "Avance del expediente",
                        "Se reunieron los oficios de 2025; falta la firma de la titular.");
                default -> {
                }
            }
            if (shown.periodsPerYear() > 0 && timeSensitive < 3
                    && (standard.status() == StandardStatus.NOT_STARTED
                            || standard.status() == StandardStatus.IN_PROGRESS)) {
                periodic(file, standard, shown, timeSensitive++);
            }
        }
    }

    /** Past periods proven, except a gap; one late proof explained and, for the first standard, one not. */
    private void periodic(AccreditationFile file, FileStandard standard, StandardProofs shown, int which) {
        List<ProofSlot> past = shown.slots().stream()
                .filter(slot -> slot.state() == SlotState.MISSING || slot.state() == SlotState.DUE).toList();
        for (int i = 0; i < past.size(); i++) {
            ProofSlot slot = past.get(i);
            boolean gap = i == past.size() - 3;
            boolean late = i == past.size() - 2;
            if (gap || slot.state() == SlotState.DUE) {
                continue;
            }
            LocalDate date = late ? min(slot.to().plusDays(12), shown.today()) : slot.to().minusDays(3);
            String explanation = late && which > 0 ? "El informe se firmó tarde por el cambio de director operativo."
                    : null;
            submissions.addEntry(file.id(), standard.number(), ProofKind.NOTE, new ProofInput(date, slot.year(),
                    slot.period(), "Informe del periodo " + slot.period() + " · año " + slot.year(),
                    "Revisión del supervisor: registros completos y firmados.", null, explanation));
        }
    }

    private void pdf(AccreditationFile file, FileStandard standard, int year, LocalDate date, String heading,
            String line) {
        byte[] content = DemoDocuments.pdf(heading, List.of(line, "Fecha del documento: " + date,
                "Elaboro: Unidad de Planeacion y Acreditacion.", "Reviso: Direccion de Asuntos Internos."));
        submissions.addFile(file.id(), standard.number(), new ProofInput(date, year, null, heading, null, null, null),
                heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".pdf",
                new ByteArrayInputStream(content));
    }

    private void text(AccreditationFile file, FileStandard standard, int year, LocalDate date, String name,
            String body) {
        submissions.addFile(file.id(), standard.number(), new ProofInput(date, year, null, null, null, null, null),
                name, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private void note(AccreditationFile file, FileStandard standard, int year, LocalDate date, String title,
            String body) {
        submissions.addEntry(file.id(), standard.number(), ProofKind.NOTE,
                new ProofInput(date, year, null, title, body, null, null));
    }

    private void link(AccreditationFile file, FileStandard standard, int year, LocalDate date, String title,
            String url) {
        submissions.addEntry(file.id(), standard.number(), ProofKind.LINK,
                new ProofInput(date, year, null, title, null, url, null));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** The police force's staff member's own scope, so the proofs read as their work. */
    private AccessScope staff() {
        return actingAs.scopeOf("personal.policia");
    }
}
