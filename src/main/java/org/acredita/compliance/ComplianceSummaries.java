package org.acredita.compliance;

import java.util.List;
import org.acredita.compliance.internal.ComplianceReadiness;
import org.acredita.compliance.internal.FileReadiness;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every file the caller may read in brief, by agency name: the compliance overview's figures (a fixed number of
 * queries however many files) for other modules' pages.
 */
@Service
public class ComplianceSummaries {

    private final ComplianceReadiness readiness;

    ComplianceSummaries(ComplianceReadiness readiness) {
        this.readiness = readiness;
    }

    @Transactional(readOnly = true)
    public List<FileCompliance> readable() {
        return readiness.overview().stream().map(ComplianceSummaries::brief).toList();
    }

    private static FileCompliance brief(FileReadiness r) {
        return new FileCompliance(r.contents(), r.agencyName(), r.wouldPass(), r.overall().met(),
                r.overall().applicable(), r.overall().percent(), r.mandatory().met(), r.mandatory().applicable(),
                r.threshold().percent(), r.blockers().size(), r.overdue().size());
    }
}
