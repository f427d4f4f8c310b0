package org.acredita.improvement.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.acredita.database.DemoSeed;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.improvement.internal.Category;
import org.acredita.improvement.internal.ImprovementPlans;
import org.acredita.improvement.internal.ItemDraft;
import org.acredita.improvement.internal.ItemView;
import org.acredita.improvement.internal.Priority;
import org.acredita.improvement.internal.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Improvement items for the demo police force (done with evidence, in progress, one overdue) and the C5.
 * Due dates are relative to today so the overdue one stays overdue whenever the demo starts. Same
 * conditions as the rest of the demo data; seeded once.
 */
@Component
class DemoImprovements implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoImprovements.class);

    private final ImprovementPlans plans;
    private final Organisations organisations;
    private final Clock clock;

    DemoImprovements(ImprovementPlans plans, Organisations organisations, Clock clock) {
        this.plans = plans;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "improvement.plans";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.organisations-and-people");
    }

    @Override
    public void seed() {
        Organisation police = agency("Querétaro");
        Organisation c5 = agency("C5");
        if (police == null || c5 == null || !plans.plan(police.id()).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(police.timeZone()));
        ItemView policy = add(police, Category.POLICY, "Actualizar la política de uso de la fuerza",
                "Mtra. Ana Lucía Herrera", today.minusMonths(2), Priority.HIGH, Status.OPEN, List.of("4.1.1", "4.1.2"));
        plans.update(police.id(), policy.item().id(), ItemDraft.statusOnly(Status.DONE, today.minusMonths(2).minusDays(5)));
        plans.addEvidence(police.id(), policy.item().id(), "politica-uso-fuerza-firmada.txt", text(
                "Política de uso de la fuerza, versión 2, firmada por la titular."));
        add(police, Category.TRAINING, "Capacitación anual en uso de la fuerza para todo el personal",
                "Laura Méndez Ortiz", today.plusMonths(3), Priority.HIGH, Status.IN_PROGRESS, List.of("3.2.1"));
        add(police, Category.PROCEDURE, "Procedimiento de cadena de custodia de evidencia",
                "Cmdte. Jorge Salinas", today.minusDays(20), Priority.MEDIUM, Status.OPEN, List.of("8.1.2", "8.1.3"));
        add(police, Category.EQUIPMENT, "Cámaras corporales en las unidades de tránsito", "Laura Méndez Ortiz",
                today.plusMonths(8), Priority.LOW, Status.OPEN, List.of("9.1.6"));
        add(c5, Category.PROCEDURE, "Protocolo de transferencia de llamadas 9-1-1 a otras corporaciones",
                "Ricardo Canul Pech", today.plusMonths(2), Priority.HIGH, Status.IN_PROGRESS, List.of("5.1.4"));
        add(c5, Category.TRAINING, "Certificación de operadores de atención de llamadas", "Ricardo Canul Pech",
                today.plusMonths(5), Priority.MEDIUM, Status.OPEN, List.of("3.1.1", "3.2.1"));
        log.info("Planes de mejora de demostración creados / Demo improvement plans seeded");
    }

    private ItemView add(Organisation agency, Category category, String title, String owner, LocalDate due,
            Priority priority, Status status, List<String> standards) {
        return plans.create(agency.id(), new ItemDraft(category, title, null, owner, due, priority, status, standards,
                null));
    }

    private static ByteArrayInputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    private Organisation agency(String nameFragment) {
        return organisations.agencyNamed(nameFragment).orElse(null);
    }
}
