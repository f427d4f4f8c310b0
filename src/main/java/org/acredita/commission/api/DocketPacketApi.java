package org.acredita.commission.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.acredita.commission.DocketPackets;
import org.acredita.commission.web.DocketPacketRendering;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A docket item's packet as PDF, for the commissioners on its panel and the body's programme managers. */
@RestController
@Tag(name = "Commission", description = "Meetings, dockets and panels / Sesiones, orden del día y paneles")
class DocketPacketApi {

    private final DocketPackets packets;
    private final DocketPacketRendering rendering;

    DocketPacketApi(DocketPackets packets, DocketPacketRendering rendering) {
        this.packets = packets;
        this.rendering = rendering;
    }

    @GetMapping("/api/v1/commission/meetings/{id}/docket/{itemId}/packet")
    @Operation(summary = "The docket item's packet as PDF (lang=es|en): released report, findings with their "
            + "corrective actions, the agency's response, compliance figures and public comment; 404 for anyone not "
            + "on its panel nor organising the Commission")
    ResponseEntity<byte[]> packet(@PathVariable("id") UUID meetingId, @PathVariable("itemId") UUID itemId,
            @RequestParam(name = "lang", defaultValue = "es") String lang, @ModelAttribute("ui") Object ui) {
        java.util.Locale locale = DocketPacketRendering.language(lang);
        return rendering.download(ui, packets.of(meetingId, itemId), locale);
    }
}
