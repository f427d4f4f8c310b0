package org.acredita.selfassessment.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.identity.Organisation;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.selfassessment.FileContents;
import org.acredita.selfassessment.ProofTally;
import org.acredita.selfassessment.StandardWorkflow;
import org.acredita.standards.ManualEdition;
import org.acredita.standards.Manuals;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the file page in one read-only transaction: the services it calls join it, and the agency, the
 * file and the edition are read once and handed along instead of being looked up again by each call. The file
 * comes with all its standards in one query, and the agency with the people (assignees' names, its people to
 * assign) in another.
 */
@Service
class FileViews {

    private final AccreditationFiles files;
    private final StandardWorkflow workflow;
    private final Manuals manuals;
    private final ObjectProvider<ProofTally> proofs;

    FileViews(AccreditationFiles files, StandardWorkflow workflow, Manuals manuals,
            ObjectProvider<ProofTally> proofs) {
        this.files = files;
        this.workflow = workflow;
        this.manuals = manuals;
        this.proofs = proofs;
    }

    /** The filter's raw parameters are read only once the agency is known to have a file, as before. */
    @Transactional(readOnly = true)
    public FileView file(UUID agencyId, String status, String assignee, Integer chapter) {
        AccreditationFiles.FileOverview newest = files.newest(agencyId);
        Organisation agency = newest.agency();
        boolean mayOpen = files.mayOpen(agency.id());
        if (newest.contents() == null) {
            return FileView.none(agency, mayOpen);
        }
        FileContents contents = newest.contents();
        AccreditationFile file = contents.file();
        ListFilter filter = ListFilter.parse(status, assignee, chapter);
        ManualEdition edition = manuals.edition(file.editionId());
        List<ChapterProgress> chapters = ChapterProgress.of(contents.standards());
        int overdue = (int) contents.standards().stream().filter(s -> s.overdueOn(contents.today())).count();
        ProofTally tally = proofs.getIfAvailable();
        Map<String, Map<Integer, Integer>> proofCounts = tally == null ? Map.of() : tally.perYear(file);
        return new FileView(agency, mayOpen, contents, edition,
                file.tier() == null ? null : manuals.tierNames(edition).get(file.tier()), chapters,
                FileView.Summary.of(chapters, overdue), filter, filter.apply(contents.standards(), contents.today()),
                workflow.mayPlan(agency.id()), newest.agencyPeople(), newest.retired(), proofCounts);
    }

}
