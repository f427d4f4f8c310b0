package org.acredita.selfassessment.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.HistoryEntry;
import org.acredita.selfassessment.RestoredStandard;
import org.acredita.selfassessment.StandardComment;
import org.acredita.standards.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes a restored file's standards, comments and history as given, with their original times. */
@Repository
public class RestoreRows {

    private final JdbcClient jdbc;

    RestoreRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void standard(AccreditationFile file, RestoredStandard s, int chapter, Text title) {
        jdbc.sql("""
                insert into file_standard (file_id, agency_id, number, sort_key, chapter, title_es, title_en, level,
                    reasons, status, assignee_id, due_date, notes, request, request_reason, waiver_months, waived_until)
                values (?, ?, ?, string_to_array(?, '.')::integer[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(file.id(), file.agencyId(), s.number(), s.number(), chapter,
                title == null ? null : title.es(), title == null ? null : title.en(), s.level().name(),
                reasons(s), s.status().name(), s.assigneeId(), date(s.dueDate()), s.notes(),
                s.request() == null ? null : s.request().name(), s.requestReason(), s.waiverMonths(),
                date(s.waivedUntil())).update();
    }

    public void comment(AccreditationFile file, String number, StandardComment comment) {
        jdbc.sql("""
                insert into file_standard_comment (file_id, agency_id, number, at, author_id, author, body)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(file.id(), file.agencyId(), number, Timestamp.from(comment.at()), comment.authorId(),
                comment.author(), comment.body()).update();
    }

    public void event(AccreditationFile file, String number, HistoryEntry entry) {
        jdbc.sql("""
                insert into file_standard_event (file_id, agency_id, number, at, actor_id, actor, action, from_status,
                    to_status, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(file.id(), file.agencyId(), number, Timestamp.from(entry.at()), entry.actorId(),
                entry.actor(), entry.action(), entry.from() == null ? null : entry.from().name(),
                entry.to() == null ? null : entry.to().name(), entry.note()).update();
    }

    /** As {@link FileRepository} keeps them: "messageKey|arg|arg". */
    private static String[] reasons(RestoredStandard standard) {
        return standard.reasons().stream().map(reason -> {
            List<String> parts = new ArrayList<>();
            parts.add(reason.messageKey());
            reason.arguments().forEach(argument -> parts.add(String.valueOf(argument)));
            return String.join("|", parts);
        }).toArray(String[]::new);
    }

    private static Date date(LocalDate value) {
        return value == null ? null : Date.valueOf(value);
    }
}
