package org.acredita.notifications.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code acredita.notifications}. The sweep's schedule is {@code acredita.notifications.cron}
 * (read by the scheduler itself; "-" turns it off).
 *
 * @param selfAssessmentDays days before the self-assessment deadline at which to remind (and once overdue)
 * @param awardExpiryDays days before an award expires at which to remind
 * @param assignmentDays days before an assigned standard's due date at which to remind its assignee (also on the
 *     day and once overdue)
 * @param waiverDays days before an accepted waiver ends at which to remind (also once it ends)
 * @param mailAttempts how many times an e-mail is tried before it is given up as failed
 * @param mailRetryDelay wait after a failed attempt, multiplied by the attempts made so far
 * @param mailBatch most e-mails sent by one sweep (the rest wait for the next)
 */
@ConfigurationProperties("acredita.notifications")
public record NotificationsProperties(@DefaultValue({"90", "30", "7"}) List<Integer> selfAssessmentDays,
        @DefaultValue({"180", "90", "30"}) List<Integer> awardExpiryDays,
        @DefaultValue("7") List<Integer> assignmentDays,
        @DefaultValue({"60", "30", "7"}) List<Integer> waiverDays, @DefaultValue("5") int mailAttempts,
        @DefaultValue("15m") Duration mailRetryDelay, @DefaultValue("200") int mailBatch) {
}
