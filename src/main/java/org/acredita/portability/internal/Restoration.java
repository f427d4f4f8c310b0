package org.acredita.portability.internal;

import java.util.List;
import java.util.UUID;
import org.acredita.standards.AccreditationProgramme;
import org.acredita.proofs.ProofKind;
import org.acredita.proofs.RestoredProof;
import org.acredita.selfassessment.ExceptionRequest;
import org.acredita.selfassessment.HistoryEntry;
import org.acredita.selfassessment.RestoredFile;
import org.acredita.selfassessment.RestoredStandard;
import org.acredita.selfassessment.StandardComment;
import org.acredita.selfassessment.StandardStatus;
import org.acredita.standards.Applicability.Reason;
import org.acredita.standards.Level;

/** A checked manifest turned into what the self-assessment and proofs modules restore. */
public final class Restoration {

    private Restoration() {
    }

    public static RestoredFile file(Manifest manifest, UUID agencyId, UUID editionId, People people) {
        return new RestoredFile(agencyId, AccreditationProgramme.valueOf(manifest.programme()), editionId, manifest.tier(),
                manifest.standards().stream().map(s -> standard(s, people)).toList());
    }

    private static RestoredStandard standard(Manifest.Standard s, People people) {
        return new RestoredStandard(s.number(), Level.valueOf(s.level()),
                list(s.reasons()).stream().map(r -> new Reason(r.key(), List.<Object>copyOf(list(r.arguments()))))
                        .toList(),
                StandardStatus.valueOf(s.status()),
                s.assignee() == null ? null : people.ofAgency(s.assignee().username()), s.dueDate(), s.notes(),
                s.request() == null ? null : ExceptionRequest.valueOf(s.request()), s.requestReason(),
                s.waiverMonths(), s.waivedUntil(),
                list(s.comments()).stream().map(c -> new StandardComment(null, c.at(), people.reader(c.author()),
                        c.author(), c.body())).toList(),
                list(s.history()).stream().map(h -> new HistoryEntry(h.at(), people.reader(h.actor()), h.actor(),
                        h.action(), status(h.from()), status(h.to()), h.note())).toList());
    }

    public static RestoredProof proof(Manifest.Proof p, UUID fileId, String number, People people) {
        return new RestoredProof(fileId, number, ProofKind.valueOf(p.kind()), p.title(), p.note(), p.url(),
                p.documentDate(), p.cycleYear(), p.period(), p.lateExplanation(), people.ofAgency(p.createdBy()),
                p.createdByName(), p.createdAt(), p.file() == null ? null : p.file().sha256());
    }

    private static StandardStatus status(String value) {
        return value == null ? null : StandardStatus.valueOf(value);
    }

    public static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
