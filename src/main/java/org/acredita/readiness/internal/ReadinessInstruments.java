package org.acredita.readiness.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.audit.AuditTrail;
import org.acredita.programmes.Programme;
import org.acredita.programmes.Programmes;
import org.acredita.readiness.internal.DefaultInstrument;
import org.acredita.readiness.internal.InstrumentRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Programmes' readiness instruments. Everyone in a programme reads its instrument; administrators and
 * the accreditation body's programme manager change it. Advisors and regional managers do not: the
 * instrument is shared by every agency of the programme, so a change is a programme decision beyond
 * an advisor's assigned agencies (and the database lets only full-reach callers write rows that belong
 * to no agency). A programme without an instrument gets the bundled default the first time it is read.
 *
 * <p>Changes are free (edit, reorder, retire) because an assessment copies the questions it asks when
 * it starts; the version goes up with each change so a report can say which version it used.
 */
@Service
public class ReadinessInstruments {

    private static final Role[] EDITORS = {Role.ADMIN, Role.PROGRAMME_MANAGER};

    private final InstrumentRepository instruments;
    private final Programmes programmes;
    private final AuditTrail audit;
    private final TransactionTemplate separately;

    ReadinessInstruments(InstrumentRepository instruments, Programmes programmes, AuditTrail audit,
            PlatformTransactionManager transactions) {
        this.instruments = instruments;
        this.programmes = programmes;
        this.audit = audit;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The instrument of a programme the caller takes part in. */
    @Transactional(readOnly = true)
    public Instrument of(UUID programmeId) {
        Programme programme = programmes.get(programmeId);
        return instruments.find(programme.id()).orElseGet(() -> provision(programme.id()));
    }

    public boolean mayEdit() {
        return CurrentScope.get().hasAnyRole(EDITORS);
    }

    @Transactional
    public Instrument addArea(UUID programmeId, AreaDraft requested) {
        Instrument instrument = editable(programmeId);
        AreaDraft draft = InstrumentRules.area(requested);
        int position = instrument.areas().stream().mapToInt(Area::position).max().orElse(-1) + 1;
        instruments.insertArea(programmeId, new Area(UUID.randomUUID(), position, draft.nameEs(), draft.nameEn(),
                draft.weight(), false));
        return changed(programmeId, "READINESS_AREA_ADDED", draft.nameEs() + " · " + draft.weight());
    }

    @Transactional
    public Instrument updateArea(UUID programmeId, UUID areaId, AreaDraft requested) {
        Area area = area(editable(programmeId), areaId);
        AreaDraft draft = InstrumentRules.area(requested);
        instruments.updateArea(programmeId, new Area(area.id(), area.position(), draft.nameEs(), draft.nameEn(),
                draft.weight(), area.retired()));
        audit.record("READINESS_AREA_CHANGED", "readiness-instrument", programmeId.toString(), null,
                area.nameEs() + " → " + draft.nameEs() + " · " + area.weight() + " → " + draft.weight());
        return bumped(programmeId);
    }

    /** Moves an area one place up (-1) or down (+1); at either end nothing moves. */
    @Transactional
    public Instrument moveArea(UUID programmeId, UUID areaId, int direction) {
        Instrument instrument = editable(programmeId);
        List<Area> areas = new ArrayList<>(instrument.areas());
        Area area = area(instrument, areaId);
        int from = areas.indexOf(area);
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= areas.size() || direction == 0) {
            return instrument;
        }
        areas.add(to, areas.remove(from));
        for (int i = 0; i < areas.size(); i++) {
            Area a = areas.get(i);
            instruments.updateArea(programmeId, new Area(a.id(), i, a.nameEs(), a.nameEn(), a.weight(), a.retired()));
        }
        return changed(programmeId, "READINESS_AREA_MOVED", area.nameEs() + " · " + (from + 1) + " → " + (to + 1));
    }

    /** Retires an area (new assessments skip it) or puts it back in use. */
    @Transactional
    public Instrument retireArea(UUID programmeId, UUID areaId, boolean retired) {
        Area area = area(editable(programmeId), areaId);
        instruments.updateArea(programmeId, new Area(area.id(), area.position(), area.nameEs(), area.nameEn(),
                area.weight(), retired));
        return changed(programmeId, retired ? "READINESS_AREA_RETIRED" : "READINESS_AREA_RESTORED", area.nameEs());
    }

    @Transactional
    public Instrument addQuestion(UUID programmeId, UUID areaId, QuestionDraft requested) {
        Instrument instrument = editable(programmeId);
        Area area = area(instrument, areaId);
        QuestionDraft draft = InstrumentRules.question(requested);
        int position = instrument.questionsOf(area).stream().mapToInt(Question::position).max().orElse(-1) + 1;
        instruments.insertQuestion(new Question(UUID.randomUUID(), area.id(), position, draft.textEs(),
                draft.textEn(), draft.guidanceEs(), draft.guidanceEn(), draft.weight(), draft.linkedStandards(),
                false));
        return changed(programmeId, "READINESS_QUESTION_ADDED", area.nameEs() + " · " + draft.textEs());
    }

    @Transactional
    public Instrument updateQuestion(UUID programmeId, UUID questionId, QuestionDraft requested) {
        Question question = question(editable(programmeId), questionId);
        QuestionDraft draft = InstrumentRules.question(requested);
        instruments.updateQuestion(new Question(question.id(), question.areaId(), question.position(),
                draft.textEs(), draft.textEn(), draft.guidanceEs(), draft.guidanceEn(), draft.weight(),
                draft.linkedStandards(), question.retired()));
        audit.record("READINESS_QUESTION_CHANGED", "readiness-instrument", programmeId.toString(), null,
                draft.textEs() + " · " + question.weight() + " → " + draft.weight());
        return bumped(programmeId);
    }

    /** Moves a question one place up (-1) or down (+1) within its area. */
    @Transactional
    public Instrument moveQuestion(UUID programmeId, UUID questionId, int direction) {
        Instrument instrument = editable(programmeId);
        Question question = question(instrument, questionId);
        List<Question> siblings = new ArrayList<>(instrument.questions().stream()
                .filter(q -> q.areaId().equals(question.areaId()))
                .sorted(Comparator.comparingInt(Question::position)).toList());
        int from = siblings.indexOf(question);
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= siblings.size() || direction == 0) {
            return instrument;
        }
        siblings.add(to, siblings.remove(from));
        for (int i = 0; i < siblings.size(); i++) {
            Question q = siblings.get(i);
            instruments.updateQuestion(new Question(q.id(), q.areaId(), i, q.textEs(), q.textEn(), q.guidanceEs(),
                    q.guidanceEn(), q.weight(), q.linkedStandards(), q.retired()));
        }
        return changed(programmeId, "READINESS_QUESTION_MOVED", question.textEs() + " · " + (from + 1) + " → " + (to + 1));
    }

    @Transactional
    public Instrument retireQuestion(UUID programmeId, UUID questionId, boolean retired) {
        Question q = question(editable(programmeId), questionId);
        instruments.updateQuestion(new Question(q.id(), q.areaId(), q.position(), q.textEs(), q.textEn(),
                q.guidanceEs(), q.guidanceEn(), q.weight(), q.linkedStandards(), retired));
        return changed(programmeId, retired ? "READINESS_QUESTION_RETIRED" : "READINESS_QUESTION_RESTORED",
                q.textEs());
    }

    /** The instrument, locked for a change by someone allowed to make it. */
    private Instrument editable(UUID programmeId) {
        CurrentScope.get().requireRole(EDITORS);
        Programme programme = programmes.get(programmeId);
        if (instruments.lock(programme.id()).isEmpty()) {
            provision(programme.id());
            instruments.lock(programme.id());
        }
        return instruments.find(programme.id()).orElseThrow();
    }

    private Instrument changed(UUID programmeId, String action, String summary) {
        // Every action passed here has its audit.action label; see the callers above.
        audit.record(action, "readiness-instrument", programmeId.toString(), null, summary);
        return bumped(programmeId);
    }

    private Instrument bumped(UUID programmeId) {
        instruments.bumpVersion(programmeId);
        return instruments.find(programmeId).orElseThrow();
    }

    /**
     * Writes the default instrument for a programme that has none. The caller may read the programme
     * but not write rows without an agency (an advisor opening the first assessment), so the
     * application does this itself, in a transaction of its own, and records it in the audit trail.
     */
    private Instrument provision(UUID programmeId) {
        CurrentScope.runAs(AccessScope.SYSTEM, () -> separately.executeWithoutResult(status -> {
            if (!instruments.create(programmeId)) {
                return;
            }
            int areaPosition = 0;
            int questionCount = 0;
            for (DefaultInstrument.AreaEntry entry : DefaultInstrument.areas()) {
                AreaDraft area = InstrumentRules.area(new AreaDraft(entry.nameEs(), entry.nameEn(), entry.weight()));
                UUID areaId = UUID.randomUUID();
                instruments.insertArea(programmeId, new Area(areaId, areaPosition++, area.nameEs(), area.nameEn(),
                        area.weight(), false));
                int position = 0;
                for (DefaultInstrument.QuestionEntry q : entry.questions()) {
                    QuestionDraft question = InstrumentRules.question(new QuestionDraft(q.textEs(), q.textEn(),
                            q.guidanceEs(), q.guidanceEn(), q.weight(), q.standards()));
                    instruments.insertQuestion(new Question(UUID.randomUUID(), areaId, position++,
                            question.textEs(), question.textEn(), question.guidanceEs(), question.guidanceEn(),
                            question.weight(), question.linkedStandards(), false));
                    questionCount++;
                }
            }
            audit.record("READINESS_INSTRUMENT_CREATED", "readiness-instrument", programmeId.toString(), null,
                    areaPosition + " · " + questionCount);
        }));
        return instruments.find(programmeId).orElseThrow();
    }

    private static Area area(Instrument instrument, UUID areaId) {
        return find(instrument.areas(), a -> a.id().equals(areaId));
    }

    private static Question question(Instrument instrument, UUID questionId) {
        return find(instrument.questions(), q -> q.id().equals(questionId));
    }

    private static <T> T find(List<T> items, Predicate<T> wanted) {
        return items.stream().filter(wanted).findFirst().orElseThrow(NotFoundException::new);
    }
}
