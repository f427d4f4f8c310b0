package org.acredita.distribution.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.acredita.distribution.internal.Acknowledgements;
import org.acredita.distribution.internal.Recipient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Acknowledgement through a personal one-time link: no sign-in, the token is the credential. */
@RestController
@Tag(name = "Directive distribution", description = "Distribución de directivas con acuse / Read-and-acknowledge")
class AcknowledgementApi {

    /** What the person is told back: only that it was recorded, when, and the hash of the text acknowledged. */
    record AcknowledgedJson(Instant acknowledgedAt, String textSha256) {
    }

    private final Acknowledgements acknowledgements;

    AcknowledgementApi(Acknowledgements acknowledgements) {
        this.acknowledgements = acknowledgements;
    }

    @PostMapping("/api/v1/acknowledgements/{token}")
    @Operation(summary = "\"I received, read and understood\" through a personal one-time link (no sign-in). "
            + "404 when the link is unknown, already used or expired")
    AcknowledgedJson acknowledge(@PathVariable("token") String token) {
        Recipient done = acknowledgements.acknowledgeByLink(token);
        return new AcknowledgedJson(done.acknowledgedAt(), done.textSha256());
    }
}
