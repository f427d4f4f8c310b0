package org.acredita.commission.web;

import java.util.UUID;
import org.acredita.commission.DocketPackets;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The docket packet's download from the docket item's page, in the reader's language unless another is asked for. */
@Controller
class DocketPacketPages {

    private final DocketPackets packets;
    private final DocketPacketRendering rendering;

    DocketPacketPages(DocketPackets packets, DocketPacketRendering rendering) {
        this.packets = packets;
        this.rendering = rendering;
    }

    @GetMapping("/commission/meetings/{id}/items/{itemId}/packet")
    ResponseEntity<byte[]> packet(@PathVariable("id") UUID meetingId, @PathVariable("itemId") UUID itemId,
            @RequestParam(name = "lang", required = false) String lang, @ModelAttribute("ui") Object ui) {
        String language = lang != null ? lang : "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "es";
        java.util.Locale locale = DocketPacketRendering.language(language);
        return rendering.download(ui, packets.of(meetingId, itemId), locale);
    }
}
