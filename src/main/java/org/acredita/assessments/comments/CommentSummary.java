package org.acredita.assessments.comments;

import java.util.List;
import java.util.Map;

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

    public int total() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }
}
