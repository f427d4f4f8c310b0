package org.acredita.readiness.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.readiness.internal.Area;
import org.acredita.readiness.internal.Assessment;
import org.acredita.readiness.internal.Scorecard;

/**
 * One area's score in each completed assessment, oldest first (null where the area was not asked or
 * had nothing applicable). Areas are matched by the instrument area they were copied from.
 */
public record AreaProgress(Area area, List<Double> scores) {

    public static List<AreaProgress> of(List<Assessment> completed) {
        Map<UUID, Area> areas = new LinkedHashMap<>();
        List<Map<UUID, Double>> columns = new ArrayList<>();
        for (Assessment assessment : completed) {
            Map<UUID, Double> column = new LinkedHashMap<>();
            for (Scorecard.AreaScore score : assessment.scorecard().areas()) {
                areas.put(score.area().id(), score.area());
                column.put(score.area().id(), score.percent());
            }
            columns.add(column);
        }
        return areas.values().stream().sorted(java.util.Comparator.comparingInt(Area::position))
                .map(area -> new AreaProgress(area, columns.stream().map(c -> c.get(area.id())).toList()))
                .toList();
    }
}
