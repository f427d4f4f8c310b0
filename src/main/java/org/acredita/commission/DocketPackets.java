package org.acredita.commission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.acredita.access.NotFoundException;
import org.acredita.assessments.ReleasedReport;
import org.acredita.assessments.ReleasedReports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The docket packet of one item, for those who see the item ({@link Meetings}: the commissioners on its panel, the
 * accreditation body's programme managers and administrators); anyone else finds nothing. The report, findings and
 * public comment are read through the assessments module's {@link ReleasedReports}, never its tables.
 */
@Service
public class DocketPackets {

    private final Meetings meetings;
    private final ReleasedReports reports;
    private final Clock clock;

    DocketPackets(Meetings meetings, ReleasedReports reports, Clock clock) {
        this.meetings = meetings;
        this.reports = reports;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DocketPacket of(UUID meetingId, UUID itemId) {
        Meeting meeting = meetings.get(meetingId);
        DocketItem item = meeting.docket().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(NotFoundException::new);
        ReleasedReport report = item.assessmentId() == null ? null : reports.latest(item.assessmentId());
        return new DocketPacket(meeting, item, report, clock.instant(), LocalDate.now(clock.withZone(meeting.timeZone())));
    }
}
