package org.acredita.assessments.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.AssessmentKind;
import org.acredita.assessments.Assessments;
import org.acredita.assessments.NewAssessment;
import org.acredita.assessments.PublicComments;
import org.acredita.assessments.ScopeMode;
import org.acredita.assessments.SiteVisits;
import org.acredita.assessments.TeamRole;
import org.acredita.assessments.comments.CommentChannel;
import org.acredita.assessments.comments.CommentDraft;
import org.acredita.assessments.comments.PublicComment;
import org.acredita.assessments.visits.ItemDraft;
import org.acredita.assessments.visits.NoteKind;
import org.acredita.assessments.visits.VisitItem;
import org.acredita.assessments.visits.VisitItemKind;
import org.acredita.identity.ActingAs;
import org.acredita.identity.Organisation;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.acredita.programmes.Programmes;
import org.springframework.stereotype.Component;

/**
 * The police's site-based assessment, part of {@link DemoAssessments}' transaction: planned by the programme
 * staff with the team leader {@code lider.evaluacion} and the assessor {@code evaluador}, its three-day visit
 * announced ahead of the notice period (so the public comment period ran before it) and over ten days ago, the
 * schedule in Querétaro, started (the snapshot; the police enters the site-based assessment phase), a team note
 * and three comments the team leader recorded and moderated (two accepted, one rejected with its reason). Its
 * verdicts, findings and report come in {@code assessments.findings} and {@code assessments.site-report}.
 */
@Component
class DemoSiteVisit {

    static final String LEADER = "lider.evaluacion";

    private final Assessments assessments;
    private final SiteVisits visits;
    private final PublicComments comments;
    private final Programmes programmes;
    private final Staff staff;
    private final ActingAs actingAs;

    DemoSiteVisit(Assessments assessments, SiteVisits visits, PublicComments comments, Programmes programmes,
            Staff staff, ActingAs actingAs) {
        this.assessments = assessments;
        this.visits = visits;
        this.comments = comments;
        this.programmes = programmes;
        this.staff = staff;
        this.actingAs = actingAs;
    }

    void seed(Organisation police, LocalDate today) {
        UUID leader = person(Role.TEAM_LEADER, "Carmen Aguilar Reyes");
        UUID assessor = person(Role.ASSESSOR, "Daniel Brooks");
        if (leader == null || assessor == null) {
            return;
        }
        Assessment site = assessments.plan(police.id(), new NewAssessment(null, AssessmentKind.SITE_BASED_ASSESSMENT,
                today.minusDays(14), today.plusDays(16), ScopeMode.SAMPLE, 30, 20261123L, List.of(),
                List.of(new NewAssessment.TeamChoice(leader, TeamRole.TEAM_LEADER, List.of()),
                        new NewAssessment.TeamChoice(assessor, TeamRole.ASSESSOR, List.of()))));
        LocalDate first = today.minusDays(10);
        LocalDate announced = first.minusDays(programmes.publicCommentNoticeDays(police.id()) + 5L);
        visits.scheduleAnnounced(site.id(), first, first.plusDays(2), announced);
        List<VisitItem> items = schedule(site.id(), first, List.of(leader, assessor));
        assessments.start(site.id());

        AccessScope lead = actingAs.scopeOf(LEADER);
        CurrentScope.runAs(lead, () -> {
            String number = assessments.scope(site.id()).keySet().iterator().next();
            visits.addNote(site.id(), items.get(2).id(), NoteKind.INTERVIEW, List.of(number), """
                    La jefatura de planeación explicó la revisión trimestral de las directivas; mostró las actas \
                    firmadas de marzo y junio. Falta el acta de septiembre.""");
            comment(site.id(), CommentChannel.PUBLIC_SESSION, """
                    Vivo en el Centro Histórico y este año veo más patrullaje a pie; los policías se presentan por \
                    su nombre. Pido que la línea de quejas conteste más rápido en fin de semana.""",
                    "Guadalupe Hernández", true, null);
            comment(site.id(), CommentChannel.TELEPHONE, """
                    Presenté una queja en marzo por el trato en una revisión de tránsito; asuntos internos me llamó \
                    a la semana y me informó el resultado por escrito.""", null, true, null);
            comment(site.id(), CommentChannel.PUBLIC_SESSION, """
                    Quiero denunciar a mi vecino por el ruido de sus fiestas cada fin de semana.""", null, false,
                    "No trata del desempeño de la corporación ni de sus normas; se orientó a la persona a la línea "
                            + "de atención ciudadana.");
        });
    }

    /** Three days: opening, the facilities, interviews, a night patrol, training and the public session. */
    private List<VisitItem> schedule(UUID id, LocalDate first, List<UUID> team) {
        LocalDate second = first.plusDays(1);
        LocalDate third = first.plusDays(2);
        return List.of(
                item(id, VisitItemKind.INTERVIEW, "Reunión de apertura con la titular de la Secretaría",
                        "Sala de juntas, Secretaría de Seguridad Ciudadana, Av. Constituyentes, Querétaro",
                        first, "09:00", "10:00", team, "Mtra. Ana Lucía Herrera; Laura Méndez Ortiz"),
                item(id, VisitItemKind.FACILITY_TOUR, "Recorrido por el área de detención y el depósito de armamento",
                        "Centro de Detención Temporal, Col. Centro, Santiago de Querétaro", first, "10:30", "13:00",
                        team, "Jefatura de la guardia en turno"),
                item(id, VisitItemKind.INTERVIEW, "Entrevista con la jefatura de planeación y asuntos internos",
                        "Dirección de Planeación, Av. Constituyentes, Querétaro", second, "09:00", "11:00",
                        team.subList(1, 2), "Jefatura de planeación; titular de asuntos internos"),
                item(id, VisitItemKind.RIDE_ALONG, "Acompañamiento al patrullaje nocturno, sector Centro Histórico",
                        "Base del sector Centro, Jardín Guerrero, Querétaro", second, "20:00", "23:30",
                        team.subList(0, 1), "Oficial a cargo del sector Centro"),
                item(id, VisitItemKind.OBSERVATION, "Observación de la capacitación en uso de la fuerza",
                        "Centro de Capacitación de la Secretaría, El Marqués, Querétaro", third, "09:00", "11:30",
                        team.subList(1, 2), "Instructores del centro de capacitación"),
                item(id, VisitItemKind.PUBLIC_SESSION, "Sesión pública de comentarios",
                        "Auditorio del Centro Cívico, Blvd. Bernardo Quintana, Querétaro", third, "17:00", "19:00",
                        team, "Ciudadanía; Laura Méndez Ortiz"));
    }

    private VisitItem item(UUID id, VisitItemKind kind, String title, String place, LocalDate day, String from,
            String to, List<UUID> team, String people) {
        return visits.addItem(id, new ItemDraft(kind, title, place, LocalDateTime.of(day, LocalTime.parse(from)),
                LocalDateTime.of(day, LocalTime.parse(to)), team, people, null));
    }

    private void comment(UUID id, CommentChannel channel, String body, String name, boolean accept, String reason) {
        PublicComment recorded = comments.record(id, channel, new CommentDraft(body, name, null, null));
        comments.moderate(id, recorded.id(), accept, reason);
    }

    private UUID person(Role role, String name) {
        return staff.holding(role).stream().filter(m -> m.displayName().equals(name)).map(StaffMember::id)
                .findFirst().orElse(null);
    }
}
