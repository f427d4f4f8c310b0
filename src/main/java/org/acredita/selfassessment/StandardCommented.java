package org.acredita.selfassessment;

import org.acredita.selfassessment.internal.Mentions;
import java.util.Set;
import java.util.UUID;
import org.acredita.standards.Text;

/**
 * Someone commented on a standard of an accreditation file. Published synchronously inside the comment's
 * transaction, so whatever a listener writes (the notices of the people mentioned) commits or rolls back
 * with the comment itself.
 *
 * @param title the standard's title in Spanish and English, or null
 * @param excerpt the start of the comment, at most {@value #EXCERPT} characters
 * @param mentioned the user names written after an at sign ({@link Mentions}), not yet checked against anyone
 */
public record StandardCommented(UUID fileId, UUID agencyId, String number, Text title, UUID commentId, UUID authorId,
        String authorName, String excerpt, Set<String> mentioned) {

    public static final int EXCERPT = 200;

    public StandardCommented {
        mentioned = Set.copyOf(mentioned);
    }

    static StandardCommented of(FileStandard standard, StandardComment comment) {
        String body = comment.body();
        String excerpt = body.length() > EXCERPT ? body.substring(0, EXCERPT - 1) + "…" : body;
        return new StandardCommented(standard.fileId(), standard.agencyId(), standard.number(), standard.title(),
                comment.id(), comment.authorId(), comment.author(), excerpt, Mentions.usernames(body));
    }

    /** The standard's page, where the comment is. */
    public String link() {
        return "/accreditation-files/" + fileId + "/standards/" + number;
    }
}
