package org.acredita.assessments.web;

import java.util.List;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.ReportContent.Narrative;
import org.acredita.assessments.ReportVersion;
import org.acredita.identity.Organisation;

/**
 * The report page: the versions the reader may open, the one shown (none yet while nothing is written), and for
 * the team leader the narrative form of the open draft (or of the next version) and whether it can be released.
 */
public record ReportPage(Organisation agency, Assessment assessment, List<ReportVersion> versions,
        ReportVersion shown, boolean mayWrite, Narrative narrative, boolean mayRelease) {

    public ReportPage {
        versions = List.copyOf(versions);
    }
}
