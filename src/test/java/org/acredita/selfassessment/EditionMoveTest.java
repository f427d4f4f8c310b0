package org.acredita.selfassessment;

import org.acredita.selfassessment.internal.PlannedStandard;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.selfassessment.internal.PlannedStandard.Review;
import org.acredita.standards.Level;
import org.acredita.standards.Relationship;
import org.acredita.standards.Text;
import org.acredita.standards.format.ManualDocument;
import org.junit.jupiter.api.Test;

class EditionMoveTest {

    private static final UUID FILE = UUID.randomUUID();
    private static final UUID AGENCY = UUID.randomUUID();
    private static final UUID PERSON = UUID.randomUUID();

    private static FileStandard old(String number, StandardStatus status) {
        return new FileStandard(FILE, AGENCY, number, 1, Text.of("T " + number, null), Level.MANDATORY, List.of(),
                status, PERSON, LocalDate.of(2027, 1, 15), "nota " + number, null, null,
                status == StandardStatus.WAIVED ? 12 : null,
                status == StandardStatus.WAIVED ? LocalDate.of(2027, 6, 30) : null);
    }

    private static FileStandard fresh(String number) {
        return new FileStandard(FILE, AGENCY, number, Integer.parseInt(number.split("\\.")[0]),
                Text.of("Nueva " + number, null), Level.OTHER, List.of(), StandardStatus.NOT_STARTED, null, null, null,
                null, null, null, null);
    }

    private static ManualDocument.Standard text(String number, String statement) {
        return new ManualDocument.Standard(number, Text.of("T", null), Text.of(statement, null), null, null, null,
                Level.MANDATORY, null, null, null, null, null);
    }

    private static Map<String, ManualDocument.Standard> texts(ManualDocument.Standard... standards) {
        Map<String, ManualDocument.Standard> map = new LinkedHashMap<>();
        for (ManualDocument.Standard standard : standards) {
            map.put(standard.number(), standard);
        }
        return map;
    }

    private static ManualDocument.Crosswalk crosswalk(ManualDocument.Entry... entries) {
        return new ManualDocument.Crosswalk(new ManualDocument.EditionRef("M", "2024"), List.of(entries));
    }

    private static ManualDocument.Entry entry(String from, String to, Relationship relationship) {
        return new ManualDocument.Entry(from, to, relationship);
    }

    @Test
    void anUnchangedStandardKeepsItsStatusAndWaiverAndAChangedOneGoesBackToWork() {
        List<EditionMove.Step> steps = EditionMove.plan(
                List.of(old("1.1.1", StandardStatus.WAIVED), old("1.1.2", StandardStatus.IN_COMPLIANCE)),
                texts(text("1.1.1", "a"), text("1.1.2", "b")), texts(text("1.1.1", "a"), text("1.1.2", "b revisada")),
                List.of(fresh("1.1.1"), fresh("1.1.2")), null);
        assertThat(steps.get(0).planned().review()).isEqualTo(Review.NONE);
        assertThat(steps.get(0).result().status()).isEqualTo(StandardStatus.WAIVED);
        assertThat(steps.get(0).result().waivedUntil()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(steps.get(0).result().level()).isEqualTo(Level.OTHER);
        assertThat(steps.get(1).planned().review()).isEqualTo(Review.CHANGED);
        assertThat(steps.get(1).result().status()).isEqualTo(StandardStatus.IN_PROGRESS);
        assertThat(steps.get(1).result().assigneeId()).isEqualTo(PERSON);
        assertThat(steps.get(1).result().notes()).isEqualTo("nota 1.1.2");
        assertThat(steps.get(1).planned().primary()).isEqualTo("1.1.2");
    }

    @Test
    void theCrosswalkDecidesRenumberedMergedSplitAndNewStandards() {
        List<FileStandard> current = List.of(old("1.1.1", StandardStatus.IN_COMPLIANCE),
                old("1.1.2", StandardStatus.NOT_STARTED), old("1.1.3", StandardStatus.NOT_APPLICABLE),
                old("2.1.1", StandardStatus.READY_FOR_REVIEW), old("3.1.1", StandardStatus.IN_PROGRESS));
        ManualDocument.Crosswalk crosswalk = crosswalk(entry("1.1.1", "1.2.1", Relationship.EQUAL),
                entry("1.1.2", "1.2.2", Relationship.SUPERSET), entry("2.1.1", "1.2.2", Relationship.SUBSET),
                entry("1.1.3", "1.3.1", Relationship.EQUAL), entry("3.1.1", "3.1.1", Relationship.SUBSET),
                entry("3.1.1", "3.1.2", Relationship.SUBSET), entry(null, "1.1.1", Relationship.NEW));
        List<EditionMove.Step> steps = EditionMove.plan(current,
                texts(text("1.1.1", "a"), text("1.1.3", "c")), texts(text("1.2.1", "a"), text("1.3.1", "c2")),
                List.of(fresh("1.1.1"), fresh("1.2.1"), fresh("1.2.2"), fresh("1.3.1"), fresh("3.1.1"),
                        fresh("3.1.2")), crosswalk);
        Map<String, PlannedStandard> byNumber = new LinkedHashMap<>();
        steps.forEach(step -> byNumber.put(step.planned().number(), step.planned()));

        // The old 1.1.1 continues as 1.2.1; the new 1.1.1 starts afresh even though its number is reused.
        assertThat(byNumber.get("1.1.1").review()).isEqualTo(Review.NEW);
        assertThat(byNumber.get("1.1.1").primary()).isNull();
        assertThat(byNumber.get("1.2.1").review()).isEqualTo(Review.NONE);
        assertThat(byNumber.get("1.2.1").after()).isEqualTo(StandardStatus.IN_COMPLIANCE);
        assertThat(byNumber.get("1.2.2").review()).isEqualTo(Review.MERGED);
        assertThat(byNumber.get("1.2.2").from()).containsExactly("1.1.2", "2.1.1");
        assertThat(byNumber.get("1.2.2").before()).isEqualTo(StandardStatus.READY_FOR_REVIEW);
        assertThat(byNumber.get("1.2.2").after()).isEqualTo(StandardStatus.IN_PROGRESS);
        assertThat(byNumber.get("1.3.1").review()).isEqualTo(Review.EXCEPTION_ENDED);
        assertThat(byNumber.get("1.3.1").after()).isEqualTo(StandardStatus.NOT_STARTED);
        assertThat(byNumber.get("3.1.1").primary()).isEqualTo("3.1.1");
        assertThat(byNumber.get("3.1.2").review()).isEqualTo(Review.SPLIT);
        assertThat(byNumber.get("3.1.2").after()).isEqualTo(StandardStatus.IN_PROGRESS);
    }

    @Test
    void withoutACrosswalkStandardsAreMatchedByNumber() {
        List<EditionMove.Step> steps = EditionMove.plan(List.of(old("4.1.1", StandardStatus.IN_COMPLIANCE),
                old("4.1.2", StandardStatus.IN_PROGRESS)), texts(text("4.1.1", "x")), texts(text("4.1.1", "x")),
                List.of(fresh("4.1.1"), fresh("4.1.3")), null);
        assertThat(steps).extracting(step -> step.planned().review()).containsExactly(Review.NONE, Review.NEW);
        assertThat(FileMigration.reserved(999, 0)).isEqualTo("999.1.1");
        assertThat(FileMigration.reserved(998, 905)).isEqualTo("998.2.6");
    }
}
