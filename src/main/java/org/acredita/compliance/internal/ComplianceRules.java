package org.acredita.compliance.internal;

import org.acredita.compliance.ComplianceBlocker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.acredita.selfassessment.FileContents;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.StandardStatus;
import org.acredita.standards.Level;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The pass rule: every applicable mandatory standard met, and at least the threshold's share of the applicable
 * other-than-mandatory ones (met times 100 at least threshold times applicable, so 8 of 10 at 80 % passes and
 * 7 of 10 does not; none applicable passes). A standard accepted as not applicable does not count; one is met
 * in compliance, or waived until a day not yet past.
 */
public final class ComplianceRules {

    private ComplianceRules() {
    }

    public static boolean applicable(FileStandard standard) {
        return standard.status() != StandardStatus.NOT_APPLICABLE;
    }

    public static boolean met(FileStandard standard, LocalDate today) {
        return standard.status() == StandardStatus.IN_COMPLIANCE
                || standard.status() == StandardStatus.WAIVED && !standard.waiverExpiredOn(today);
    }

    /** How many more must be met to reach the threshold; zero when it is reached. */
    public static int needed(int met, int applicable, int thresholdPercent) {
        long required = (thresholdPercent * (long) applicable + 99) / 100;
        return (int) Math.max(0, required - met);
    }

    public static LevelCount count(List<FileStandard> standards, LocalDate today) {
        int met = 0;
        int applicable = 0;
        for (FileStandard standard : standards) {
            if (applicable(standard)) {
                applicable++;
                if (met(standard, today)) {
                    met++;
                }
            }
        }
        return new LevelCount(met, applicable);
    }

    /** The file judged today, with the blockers other modules found added after the rule's own. */
    public static FileReadiness assess(FileContents contents, String agencyName, PassThreshold threshold,
            List<ComplianceBlocker> others) {
        LocalDate today = contents.today();
        List<FileStandard> all = contents.standards();
        List<FileStandard> mandatory = all.stream().filter(s -> s.level() == Level.MANDATORY).toList();
        List<FileStandard> other = all.stream().filter(s -> s.level() != Level.MANDATORY).toList();
        LevelCount mandatoryCount = count(mandatory, today);
        LevelCount otherCount = count(other, today);
        int needed = needed(otherCount.met(), otherCount.applicable(), threshold.percent());

        List<ComplianceBlocker> blockers = new ArrayList<>();
        if (needed > 0) {
            blockers.add(new ComplianceBlocker(ComplianceBlocker.OTHER_BELOW_THRESHOLD, null, Level.OTHER,
                    "compliance.blocker.OTHER_BELOW_THRESHOLD", List.of(needed, otherCount.met(),
                            otherCount.applicable(), threshold.percent(), otherCount.met() + needed),
                    ordered("needed", needed, "met", otherCount.met(), "applicable", otherCount.applicable(),
                            "threshold", threshold.percent())));
        }
        mandatory.stream().filter(s -> applicable(s) && !met(s, today))
                .forEach(s -> blockers.add(standardBlocker(s, today, ComplianceBlocker.MANDATORY_NOT_MET)));
        if (needed > 0) {
            // Below the threshold, a decision awaited or a lapsed waiver is part of what blocks.
            other.stream().filter(s -> applicable(s) && !met(s, today)
                    && (s.waiverExpiredOn(today) || s.request() != null))
                    .forEach(s -> blockers.add(standardBlocker(s, today, null)));
        }
        blockers.addAll(others);

        Map<StandardStatus, Integer> byStatus = new EnumMap<>(StandardStatus.class);
        all.forEach(s -> byStatus.merge(s.status(), 1, Integer::sum));
        return new FileReadiness(contents, agencyName, threshold, mandatoryCount, otherCount, needed,
                count(all, today), byStatus, chapters(all, today), all.stream().filter(s -> s.overdueOn(today)).toList(),
                blockers, blockers.isEmpty());
    }

    static List<ChapterCount> chapters(List<FileStandard> standards, LocalDate today) {
        Map<Integer, List<FileStandard>> byChapter = new TreeMap<>();
        standards.forEach(s -> byChapter.computeIfAbsent(s.chapter(), c -> new ArrayList<>()).add(s));
        List<ChapterCount> chapters = new ArrayList<>();
        byChapter.forEach((chapter, list) -> {
            Map<StandardStatus, Integer> byStatus = new EnumMap<>(StandardStatus.class);
            list.forEach(s -> byStatus.merge(s.status(), 1, Integer::sum));
            chapters.add(new ChapterCount(chapter, list.size(), byStatus, count(list, today)));
        });
        return chapters;
    }

    /**
     * Why one standard that counts is not met: its waiver lapsed, a request awaits the accreditation body, or
     * (mandatory standards only, given as the fallback kind) its status.
     */
    private static ComplianceBlocker standardBlocker(FileStandard s, LocalDate today, String fallbackKind) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", s.status().name());
        if (s.waiverExpiredOn(today)) {
            details.put("waivedUntil", s.waivedUntil());
            return new ComplianceBlocker(ComplianceBlocker.WAIVER_EXPIRED, s.number(), s.level(),
                    "compliance.blocker.WAIVER_EXPIRED", List.of(s.number(), s.waivedUntil().toString()), details);
        }
        if (s.request() != null) {
            details.put("request", s.request().name());
            return new ComplianceBlocker(ComplianceBlocker.REQUEST_PENDING, s.number(), s.level(),
                    "compliance.blocker.REQUEST_PENDING", List.of(s.number(),
                            resolvable("compliance.request." + s.request().name()),
                            resolvable("selfassessment.status." + s.status().name())), details);
        }
        return new ComplianceBlocker(fallbackKind, s.number(), s.level(), "compliance.blocker." + fallbackKind,
                List.of(s.number(), resolvable("selfassessment.status." + s.status().name())), details);
    }

    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static DefaultMessageSourceResolvable resolvable(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, null, key);
    }
}
