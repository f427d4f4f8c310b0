package org.acredita.assessments.comments;

import java.time.Instant;
import java.util.UUID;

/**
 * A comment from the public about the agency under assessment. Name and contact are optional (anonymous is
 * allowed); a rejected comment carries the moderator's reason.
 */
public record PublicComment(UUID id, CommentChannel channel, String authorName, String contact, String body,
        CommentState state, String rejectReason, Instant receivedAt) {

    public boolean anonymous() {
        return authorName == null || authorName.isBlank();
    }
}
