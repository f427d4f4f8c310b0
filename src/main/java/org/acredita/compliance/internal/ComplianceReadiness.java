package org.acredita.compliance.internal;

import org.acredita.compliance.ComplianceBlocker;
import org.acredita.compliance.ComplianceBlockerSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acredita.compliance.internal.ProgrammeThresholds;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.selfassessment.ComplianceHistory;
import org.acredita.selfassessment.FileContents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Would a file pass today, and what blocks it; for one file, and for every file the caller may read. Anyone who
 * reads the agency reads its figures; another agency's file is not found. Blockers come from the pass rule and
 * from every {@link ComplianceBlockerSource} bean (there may be none).
 */
@Service
public class ComplianceReadiness {

    private final AccreditationFiles files;
    private final ComplianceHistory history;
    private final Organisations organisations;
    private final ProgrammeThresholds thresholds;
    private final ObjectProvider<ComplianceBlockerSource> sources;

    ComplianceReadiness(AccreditationFiles files, ComplianceHistory history, Organisations organisations,
            ProgrammeThresholds thresholds, ObjectProvider<ComplianceBlockerSource> sources) {
        this.files = files;
        this.history = history;
        this.organisations = organisations;
        this.thresholds = thresholds;
        this.sources = sources;
    }

    @Transactional(readOnly = true)
    public FileReadiness of(UUID fileId) {
        FileContents contents = files.contents(fileId);
        UUID agencyId = contents.file().agencyId();
        List<ComplianceBlocker> others = new ArrayList<>();
        sources.orderedStream().forEach(source -> others.addAll(source.blockers(contents)));
        return ComplianceRules.assess(contents, organisations.get(agencyId).name(),
                thresholds.of(Set.of(agencyId)).get(agencyId), others);
    }

    /** Standards met at the end of every week or month since the file opened. */
    @Transactional(readOnly = true)
    public List<TrendPoint> trend(FileReadiness readiness) {
        FileContents contents = readiness.contents();
        var zone = organisations.get(contents.file().agencyId()).timeZone();
        return ComplianceTrend.of(contents.standards(), history.changes(contents.file().id()),
                contents.file().createdAt().atZone(zone).toLocalDate(), contents.today(), zone);
    }

    /** Every file the caller may read, by agency name: a fixed number of queries for the files. */
    @Transactional(readOnly = true)
    public List<FileReadiness> overview() {
        List<FileContents> readable = history.readableFiles();
        Map<UUID, Organisation> agencies = organisations.visible().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        Map<UUID, PassThreshold> byAgency = thresholds.of(readable.stream().map(c -> c.file().agencyId())
                .collect(Collectors.toSet()));
        Map<UUID, List<ComplianceBlocker>> others = new java.util.HashMap<>();
        sources.orderedStream().forEach(source -> source.blockers(readable).forEach((fileId, found) -> others
                .computeIfAbsent(fileId, id -> new ArrayList<>()).addAll(found)));
        return readable.stream().map(contents -> ComplianceRules.assess(contents,
                        agencies.get(contents.file().agencyId()).name(), byAgency.get(contents.file().agencyId()),
                        others.getOrDefault(contents.file().id(), List.of())))
                .sorted(java.util.Comparator.comparing(FileReadiness::agencyName, java.text.Collator.getInstance(
                        java.util.Locale.forLanguageTag("es-MX"))))
                .toList();
    }
}
