package org.acredita.readiness.web;

import java.util.List;
import org.acredita.identity.Organisation;
import org.acredita.programmes.Member;
import org.acredita.readiness.internal.Assessment;
import org.acredita.selfassessment.StandardReferences;

/**
 * Everything an agency's readiness page shows, read in one transaction by {@link ReadinessViews}.
 *
 * @param history newest first, drafts included
 * @param completed oldest first, what the chart and the table by area compare
 * @param latest the newest completed assessment, or null
 * @param draft the assessment still being answered, or null
 * @param programme the programme whose instrument a new assessment uses, or null
 * @param standards where the agency reads the standards its gaps cite
 */
public record ReadinessOverview(Organisation agency, List<Assessment> history, ProgressChart chart,
        List<Assessment> completed, List<AreaProgress> byArea, Assessment latest, Assessment draft, boolean canRun,
        Member programme, StandardReferences standards) {

    /** Where the agency's readiness pages hang. */
    public String base() {
        return "/agencies/" + agency.id() + "/readiness";
    }

    /** The table by area compares assessments, so it needs two completed ones. */
    public boolean comparesAreas() {
        return completed.size() > 1;
    }
}
