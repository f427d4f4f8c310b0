package org.acredita.selfassessment.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.database.DemoSeed;
import org.acredita.identity.ActingAs;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.StandardAction;
import org.acredita.selfassessment.StandardWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo police force's file with realistic progress, done by the demo people themselves so the history and
 * the audit trail name them: a chapter assigned to the staff member, standards in compliance, one returned
 * with a conversation, several in progress (one overdue), some ready for review, a not-applicable accepted by
 * the accreditation body and a waiver request with its document waiting, on the advanced tier. Due dates are relative to today. Seeded once.
 */
@Component
class DemoAccreditationFile implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoAccreditationFile.class);

    private final AccreditationFiles files;
    private final StandardWorkflow workflow;
    private final Organisations organisations;
    private final JdbcClient jdbc;
    private final ActingAs actingAs;
    private final Clock clock;

    DemoAccreditationFile(AccreditationFiles files, StandardWorkflow workflow, Organisations organisations,
            JdbcClient jdbc, ActingAs actingAs, Clock clock) {
        this.files = files;
        this.workflow = workflow;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.actingAs = actingAs;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "selfassessment.police-file";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.organisations-and-people", "agencies.lifecycles");
    }

    @Override
    public void seed() {
        Organisation police = organisations.agencyNamed("Querétaro").orElse(null);
        if (police == null) {
            return;
        }
        List<AccreditationFile> existing = files.of(police.id());
        AccreditationFile file = existing.isEmpty() ? files.open(police.id()) : existing.get(0);
        if (!files.standard(file.id(), files.contents(file.id()).standards().get(0).number()).history().isEmpty()) {
            return;
        }
        // A state force of 3,600 people seeks the advanced tier: the body re-pins before any work starts.
        file = files.repin(file.id(), file.editionId(), "ADVANCED");
        progress(police, file);
        spreadOverTime(file);
        log.info("Expediente de acreditación de demostración creado / Demo accreditation file seeded");
    }

    private void progress(Organisation police, AccreditationFile file) {
        LocalDate today = LocalDate.now(clock.withZone(police.timeZone()));
        AccessScope manager = as("gerente.policia");
        AccessScope staff = as("personal.policia");
        AccessScope advisor = as("asesor");
        AccessScope body = as("calea.pm");
        UUID worker = staff.userId();
        List<String> n = files.contents(file.id()).standards().stream().map(FileStandard::number).toList();
        UUID id = file.id();

        run(manager, () -> workflow.assignChapter(id, Integer.parseInt(n.get(0).split("\\.")[0]), worker,
                today.plusDays(45)));
        for (String number : n.subList(0, 4)) {
            run(staff, () -> workflow.act(id, number, StandardAction.START, null, null));
            run(staff, () -> workflow.act(id, number, StandardAction.SUBMIT, null, null));
            run(advisor, () -> workflow.act(id, number, StandardAction.APPROVE, null, null));
        }
        String returned = n.get(4);
        run(staff, () -> workflow.act(id, returned, StandardAction.START, null, null));
        run(staff, () -> workflow.act(id, returned, StandardAction.SUBMIT, null, null));
        run(advisor, () -> workflow.act(id, returned, StandardAction.RETURN, "La directiva no cubre el inciso c: "
                + "falta quién revisa el documento cada año y con qué fecha.", null));
        run(manager, () -> workflow.comment(id, returned, "@asesor ¿basta con agregar la fecha de revisión anual a "
                + "la orden general 12, o hace falta un procedimiento aparte?"));
        run(advisor, () -> workflow.comment(id, returned, "@gerente.policia Basta con la orden general 12 si indica "
                + "el puesto responsable de la revisión. Adjunten la versión firmada como prueba."));
        for (String number : n.subList(5, 8)) {
            run(staff, () -> workflow.act(id, number, StandardAction.START, null, null));
            run(staff, () -> workflow.act(id, number, StandardAction.SUBMIT, null, null));
        }
        int[] dueInDays = {-12, 10, 21, 35, 60};
        for (int i = 0; i < dueInDays.length; i++) {
            String number = n.get(8 + i);
            LocalDate due = today.plusDays(dueInDays[i]);
            run(manager, () -> workflow.plan(id, number, worker, due, null));
            run(staff, () -> workflow.act(id, number, StandardAction.START, null, null));
        }
        run(staff, () -> workflow.plan(id, n.get(8), worker, today.plusDays(-12),
                "Pendiente la firma del titular en la versión actualizada."));
        run(manager, () -> workflow.comment(id, n.get(8), "@personal.policia esta norma ya venció; ¿qué falta?"));
        run(staff, () -> workflow.comment(id, n.get(8), "Solo la firma de la titular; la agenda la secretaría "
                + "particular esta semana."));
        String notApplicable = n.get(n.size() - 1);
        run(manager, () -> workflow.act(id, notApplicable, StandardAction.REQUEST_NOT_APPLICABLE, "La Secretaría no "
                + "usa cámaras corporales: no tiene equipo asignado y el programa estatal las entrega hasta 2028.", null));
        run(body, () -> workflow.act(id, notApplicable, StandardAction.ACCEPT_REQUEST, null, null));
        run(manager, () -> workflow.act(id, n.get(n.size() - 2), StandardAction.REQUEST_WAIVER, "El registro de "
                + "quejas migra a la plataforma estatal en 2027; hasta entonces no produce estadísticas confiables.", 12));
        run(manager, () -> workflow.addWaiverDocument(id, n.get(n.size() - 2), "oficio-migracion-quejas.txt",
                new ByteArrayInputStream(("Oficio de la Secretaría Ejecutiva estatal con el calendario de migración "
                        + "del registro de quejas a la plataforma estatal en 2027.").getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * The demo's work happened in seconds; a real file's took months. Spreading the recorded moves (not the
     * opening) over the past weeks, in their order, gives the trend chart and the history a believable shape.
     */
    private void spreadOverTime(AccreditationFile file) {
        jdbc.sql("""
                update file_standard_event e set at = now() - make_interval(days => (4 * (r.total - r.position))::integer)
                from (select id, row_number() over (order by at) as position, count(*) over () as total
                      from file_standard_event where file_id = ? and action <> 'OPENED') r
                where e.id = r.id""").param(file.id()).update();
    }

    /** The person's own scope, so the file's history reads as their work. */
    private AccessScope as(String username) {
        return actingAs.scopeOf(username);
    }

    private static void run(AccessScope scope, Runnable work) {
        CurrentScope.runAs(scope, work);
    }
}
