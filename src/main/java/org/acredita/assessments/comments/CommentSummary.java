package org.acredita.assessments.comments;

import java.util.List;
import java.util.Map;
import org.acredita.assessments.ReportContent;

/**
 * What the assessment report says of the public comment: how many came by each channel in each state, and the
 * accepted comments' texts (without names or contacts).
 */
public record CommentSummary(Map<CommentChannel, Map<CommentState, Integer>> counts, List<Accepted> accepted) {

    public record Accepted(CommentChannel channel, String body) {
    }

    public CommentSummary {
        counts = Map.copyOf(counts);
        accepted = List.copyOf(accepted);
    }

    /** As a report states it: how many were received, accepted and rejected, and the accepted texts. */
    public ReportContent.CommentSummary forReport() {
        int received = 0;
        int accepted = 0;
        int rejected = 0;
        for (Map<CommentState, Integer> byState : counts.values()) {
            for (Map.Entry<CommentState, Integer> count : byState.entrySet()) {
                received += count.getValue();
                accepted += count.getKey() == CommentState.ACCEPTED ? count.getValue() : 0;
                rejected += count.getKey() == CommentState.REJECTED ? count.getValue() : 0;
            }
        }
        return new ReportContent.CommentSummary(received, accepted, rejected,
                this.accepted.stream().map(Accepted::body).toList());
    }

    public int total() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }
}
