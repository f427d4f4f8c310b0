package org.acredita.assessments.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.NotFoundException;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.Assessments;
import org.acredita.assessments.RecordedVerdict;
import org.acredita.assessments.SnapshotStandard;
import org.acredita.assessments.TeamMember;
import org.acredita.assessments.Verdict;
import org.acredita.assessments.Verdicts;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.standards.Manuals;
import org.acredita.standards.format.ManualDocument;
import org.acredita.storage.FileDownload;
import org.acredita.storage.StoredFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the review screen of one standard in one read-only transaction, and serves its frozen proofs. */
@Service
class ReviewViews {

    private final Verdicts verdicts;
    private final Assessments assessments;
    private final VerdictStore store;
    private final AgencyGate gate;
    private final AccreditationFiles files;
    private final Manuals manuals;
    private final StoredFiles storedFiles;

    ReviewViews(Verdicts verdicts, Assessments assessments, VerdictStore store, AgencyGate gate,
            AccreditationFiles files, Manuals manuals, StoredFiles storedFiles) {
        this.verdicts = verdicts;
        this.assessments = assessments;
        this.store = store;
        this.gate = gate;
        this.files = files;
        this.manuals = manuals;
        this.storedFiles = storedFiles;
    }

    /** The first standard the filter keeps, or null when it keeps none. */
    @Transactional(readOnly = true)
    public String first(UUID id, String filter) {
        Assessment assessment = verdicts.reviewable(id);
        List<ReviewView.Entry> kept = kept(assessment, store.lines(assessment.id()), store.current(assessment.id()),
                filter);
        return kept.isEmpty() ? null : kept.get(0).number();
    }

    @Transactional(readOnly = true)
    public ReviewView standard(UUID id, String number, String filter, boolean both, ReviewView.Typed typed) {
        Assessment assessment = verdicts.reviewable(id);
        Organisation agency = gate.readable(assessment.agencyId());
        List<VerdictStore.Line> lines = store.lines(assessment.id());
        VerdictStore.Line line = lines.stream().filter(l -> l.number().equals(number)).findFirst()
                .orElseThrow(NotFoundException::new);
        SnapshotStandard standard = store.snapshotOf(assessment.id(), number,
                assessments.scope(assessment.id()).get(number)).orElseThrow(NotFoundException::new);
        Map<String, List<RecordedVerdict>> current = verdicts.current(assessment.id());
        List<ReviewView.Entry> kept = kept(assessment, lines, current, filter);
        int index = -1;
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).number().equals(number)) {
                index = i;
            }
        }
        String previous;
        String next;
        if (index >= 0) {
            previous = index > 0 ? kept.get(index - 1).number() : null;
            next = index + 1 < kept.size() ? kept.get(index + 1).number() : null;
        } else {
            // Left out by the filter (decided meanwhile, say): neighbours are the kept ones around it in scope order.
            int at = lines.indexOf(line);
            List<String> order = lines.stream().map(VerdictStore.Line::number).toList();
            previous = kept.stream().map(ReviewView.Entry::number).filter(n -> order.indexOf(n) < at)
                    .reduce((a, b) -> b).orElse(null);
            next = kept.stream().map(ReviewView.Entry::number).filter(n -> order.indexOf(n) > at).findFirst()
                    .orElse(null);
        }
        List<RecordedVerdict> own = current.getOrDefault(number, List.of());
        Map<String, RecordedVerdict> byElement = new LinkedHashMap<>();
        own.stream().filter(v -> !v.onStandard()).forEach(v -> byElement.put(v.element(), v));
        Map<String, Integer> chapters = new LinkedHashMap<>();
        lines.forEach(l -> chapters.put(l.number(), l.chapter()));
        Verdicts.TeamProgress progress = ReviewRules.progress(chapters, Verdicts.decided(current),
                assessment.team());
        TeamMember me = verdicts.member(assessment);
        Map<UUID, String> names = new HashMap<>();
        assessment.team().forEach(m -> names.put(m.userId(), m.displayName()));
        return new ReviewView(agency, assessment, standard, text(assessment, number), filter, both, index + 1,
                kept.size(), previous, next, kept,
                own.stream().filter(RecordedVerdict::onStandard).findFirst().orElse(null), byElement,
                verdicts.history(assessment.id(), number), verdicts.refusal(assessment, line.chapter()), progress,
                me == null ? null : progress.members().get(me.userId()), names, typed);
    }

    /** A proof of the snapshot served by the content hash it was frozen with, whatever the live file holds now. */
    @Transactional(readOnly = true)
    public FileDownload proof(UUID id, String number, int index) {
        SnapshotStandard.ProofRef proof = frozenProof(id, number, index);
        return storedFiles.openKept(verdicts.reviewable(id).agencyId(), proof.sha256(), proof.contentType(),
                proof.size() == null ? 0 : proof.size(), proof.title());
    }

    @Transactional(readOnly = true)
    public SnapshotStandard.ProofRef frozenProof(UUID id, String number, int index) {
        Assessment assessment = verdicts.reviewable(id);
        SnapshotStandard standard = store.snapshotOf(assessment.id(), number, null)
                .orElseThrow(NotFoundException::new);
        if (index < 0 || index >= standard.proofs().size() || standard.proofs().get(index).sha256() == null) {
            throw new NotFoundException();
        }
        return standard.proofs().get(index);
    }

    private ManualDocument.Standard text(Assessment assessment, String number) {
        ManualDocument document = manuals.document(files.file(assessment.fileId()).editionId());
        return document.standards().stream().filter(s -> s.number().equals(number)).findFirst().orElse(null);
    }

    private List<ReviewView.Entry> kept(Assessment assessment, List<VerdictStore.Line> lines,
            Map<String, List<RecordedVerdict>> current, String filter) {
        TeamMember me = verdicts.member(assessment);
        Set<Integer> mine = me == null || me.chapters().isEmpty() ? null : Set.copyOf(me.chapters());
        List<ReviewView.Entry> kept = new ArrayList<>();
        for (VerdictStore.Line line : lines) {
            List<RecordedVerdict> own = current.getOrDefault(line.number(), List.of());
            Verdict verdict = own.stream().filter(RecordedVerdict::onStandard).map(RecordedVerdict::verdict)
                    .findFirst().orElse(null);
            boolean keep = switch (filter) {
                case "MINE" -> mine == null || mine.contains(line.chapter());
                case "UNDECIDED" -> verdict == null;
                case "NOT_IN_COMPLIANCE" -> own.stream().anyMatch(v -> v.verdict() == Verdict.NOT_IN_COMPLIANCE);
                default -> true;
            };
            if (keep) {
                kept.add(new ReviewView.Entry(line.number(), line.title(), verdict));
            }
        }
        return kept;
    }
}
