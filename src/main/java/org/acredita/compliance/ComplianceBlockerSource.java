package org.acredita.compliance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.selfassessment.FileContents;

/**
 * Another module's say on whether a file would pass today (proofs of compliance, say, adding MISSING_PROOF
 * blockers): a Spring bean implementing this is asked for every file the metrics read, inside their read-only
 * transaction and the caller's scope. Any blocker it gives makes the file not pass. With none, nothing changes.
 */
public interface ComplianceBlockerSource {

    /** What blocks this file, in the order to show it. */
    List<ComplianceBlocker> blockers(FileContents contents);

    /** The same for many files (the overview); override to read them all in one query. */
    default Map<UUID, List<ComplianceBlocker>> blockers(List<FileContents> files) {
        Map<UUID, List<ComplianceBlocker>> byFile = new LinkedHashMap<>();
        files.forEach(contents -> byFile.put(contents.file().id(), blockers(contents)));
        return byFile;
    }
}
