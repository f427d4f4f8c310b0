package org.acredita.compliance.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.StandardStatus;
import org.acredita.selfassessment.StatusChange;

/**
 * Standards met over time, replayed from the file's status history: one point at the end of every week since
 * the file opened (every month once it is older than 26 weeks), and today. A standard's status before its
 * first change is where that change started from; a waiver counts until its current last day.
 */
public final class ComplianceTrend {

    static final int WEEKLY_UP_TO_DAYS = 26 * 7;

    private ComplianceTrend() {
    }

    public static List<TrendPoint> of(List<FileStandard> standards, List<StatusChange> changes, LocalDate opened,
            LocalDate today, ZoneId zone) {
        Map<String, StandardStatus> status = new HashMap<>();
        for (FileStandard standard : standards) {
            status.put(standard.number(), standard.status());
        }
        for (int i = changes.size() - 1; i >= 0; i--) {
            StatusChange change = changes.get(i);
            if (status.containsKey(change.number()) && change.from() != null) {
                status.put(change.number(), change.from());
            }
        }
        List<TrendPoint> points = new ArrayList<>();
        int next = 0;
        for (LocalDate end : ends(opened, today)) {
            Instant cutoff = end.plusDays(1).atStartOfDay(zone).toInstant();
            while (next < changes.size() && changes.get(next).at().isBefore(cutoff)) {
                StatusChange change = changes.get(next++);
                if (status.containsKey(change.number())) {
                    status.put(change.number(), change.to());
                }
            }
            int met = 0;
            int applicable = 0;
            for (FileStandard standard : standards) {
                StandardStatus then = status.get(standard.number());
                if (then != StandardStatus.NOT_APPLICABLE) {
                    applicable++;
                    if (then == StandardStatus.IN_COMPLIANCE || then == StandardStatus.WAIVED
                            && (standard.waivedUntil() == null || !standard.waivedUntil().isBefore(end))) {
                        met++;
                    }
                }
            }
            points.add(new TrendPoint(end, met, applicable));
        }
        return points;
    }

    /** The last day of every week (Sunday) or month from the opening, ending with today. */
    public static List<LocalDate> ends(LocalDate opened, LocalDate today) {
        List<LocalDate> ends = new ArrayList<>();
        LocalDate start = opened.isAfter(today) ? today : opened;
        boolean weekly = ChronoUnit.DAYS.between(start, today) <= WEEKLY_UP_TO_DAYS;
        LocalDate end = weekly ? start.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
                : YearMonth.from(start).atEndOfMonth();
        while (end.isBefore(today)) {
            ends.add(end);
            end = weekly ? end.plusWeeks(1) : YearMonth.from(end).plusMonths(1).atEndOfMonth();
        }
        ends.add(today);
        return ends;
    }
}
