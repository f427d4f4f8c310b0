package org.acredita.assessments.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.assessments.PublicComments;
import org.acredita.assessments.comments.CommentDraft;
import org.acredita.assessments.comments.CommentPeriod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public comment without signing in: the open periods, and a comment to one of them (202, also for a filled
 * honeypot, which is discarded; 404 when the period is closed or unknown; 429 with Retry-After when the address
 * sent too many this hour; 400 when empty or over 4,000 characters).
 */
@RestController
@Tag(name = "Public comment", description = "Comentario público sin iniciar sesión / Public comment, no sign-in")
class PublicCommentApi {

    record Period(UUID id, String agencyName, String stateCode, LocalDate visitStartsOn, LocalDate visitEndsOn,
            Instant opensAt, Instant closesAt) {

        static Period of(CommentPeriod p) {
            return new Period(p.id(), p.agencyName(), p.stateCode(), p.visitStartsOn(), p.visitEndsOn(), p.opensAt(),
                    p.closesAt());
        }
    }

    /** {@code website} is the honeypot: people never see it, so leave it out. */
    record CommentRequest(String body, String name, String contact, String website) {
    }

    record Received(String status) {
    }

    private final PublicComments comments;

    PublicCommentApi(PublicComments comments) {
        this.comments = comments;
    }

    @GetMapping("/api/v1/public/comment-periods")
    @Operation(summary = "Open public comment periods: the agency, its state, the visit's days and when comments "
            + "close. No sign-in")
    List<Period> periods() {
        return comments.openPeriods().stream().map(Period::of).toList();
    }

    @PostMapping("/api/v1/public/comment-periods/{id}/comments")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a comment (body up to 4,000 characters; name and contact optional). No sign-in, no "
            + "CSRF token; at most 10 per address, period and hour (429 with Retry-After)")
    Received comment(@PathVariable("id") UUID id, @RequestBody CommentRequest request, HttpServletRequest http) {
        comments.submit(id, new CommentDraft(request.body(), request.name(), request.contact(), request.website()),
                http.getRemoteAddr());
        return new Received("RECEIVED");
    }
}
