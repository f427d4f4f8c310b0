package org.acredita.distribution.web;

import java.util.UUID;
import org.acredita.distribution.internal.Acknowledgements;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Where a person reads and acknowledges: through a personal link, without an account (a phone opening the QR code
 * of a slip), or signed in, from the list of what they still have to acknowledge. An unknown, used or expired link
 * is not found, like any page that does not exist.
 */
@Controller
class AcknowledgementPages {

    private final Acknowledgements acknowledgements;

    AcknowledgementPages(Acknowledgements acknowledgements) {
        this.acknowledgements = acknowledgements;
    }

    @GetMapping("/acknowledgements/{token}")
    String byLink(@PathVariable("token") String token, Model model) {
        model.addAttribute("reading", acknowledgements.openByLink(token));
        model.addAttribute("action", "/acknowledgements/" + token);
        return "distribution/reading";
    }

    @PostMapping("/acknowledgements/{token}")
    String acknowledgeByLink(@PathVariable("token") String token, Model model) {
        model.addAttribute("recipient", acknowledgements.acknowledgeByLink(token));
        return "distribution/acknowledged";
    }

    @GetMapping("/my-acknowledgements")
    String mine(Model model) {
        model.addAttribute("pending", acknowledgements.mine());
        return "distribution/mine";
    }

    @GetMapping("/my-acknowledgements/{recipientId}")
    String readMine(@PathVariable("recipientId") UUID recipientId, Model model) {
        model.addAttribute("reading", acknowledgements.openMine(recipientId));
        model.addAttribute("action", "/my-acknowledgements/" + recipientId);
        return "distribution/reading";
    }

    @PostMapping("/my-acknowledgements/{recipientId}")
    String acknowledgeMine(@PathVariable("recipientId") UUID recipientId, Model model) {
        model.addAttribute("recipient", acknowledgements.acknowledgeMine(recipientId));
        return "distribution/acknowledged";
    }
}
