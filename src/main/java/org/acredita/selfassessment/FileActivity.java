package org.acredita.selfassessment;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.selfassessment.internal.FileActivityQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comments and history of every standard of a file at once (e.g. to export it whole), in the order a
 * standard's page shows them: comments oldest first, history newest first. Whoever reads the file reads them.
 */
@Service
public class FileActivity {

    private final AccreditationFiles files;
    private final FileActivityQueries queries;

    FileActivity(AccreditationFiles files, FileActivityQueries queries) {
        this.files = files;
        this.queries = queries;
    }

    /** Standard number to its thread; standards without comments are left out. */
    @Transactional(readOnly = true)
    public Map<String, List<StandardComment>> comments(UUID fileId) {
        return queries.comments(files.file(fileId).id());
    }

    /** Standard number to its history; standards without history are left out. */
    @Transactional(readOnly = true)
    public Map<String, List<HistoryEntry>> history(UUID fileId) {
        return queries.history(files.file(fileId).id());
    }
}
