package org.acredita.readiness.web;

import java.util.List;
import java.util.UUID;
import org.acredita.access.RefusalToPage;
import org.acredita.programmes.Programmes;
import org.acredita.readiness.internal.AreaDraft;
import org.acredita.readiness.internal.QuestionDraft;
import org.acredita.readiness.internal.ReadinessInstruments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A programme's readiness instrument: everyone in the programme reads it; its managers change it. */
@Controller
@RequestMapping("/programmes/{id}/readiness-instrument")
class InstrumentPages {

    private final ReadinessInstruments instruments;
    private final Programmes programmes;

    InstrumentPages(ReadinessInstruments instruments, Programmes programmes) {
        this.instruments = instruments;
        this.programmes = programmes;
    }

    @GetMapping
    String show(@PathVariable("id") UUID programmeId, Model model) {
        model.addAttribute("programme", programmes.get(programmeId));
        model.addAttribute("instrument", instruments.of(programmeId));
        model.addAttribute("canEdit", instruments.mayEdit());
        return "readiness/instrument";
    }

    @PostMapping("/areas")
    String addArea(@PathVariable("id") UUID programmeId, AreaForm form, RedirectAttributes flash) {
        return attempt(programmeId, flash, () -> instruments.addArea(programmeId, form.draft()));
    }

    @PostMapping("/areas/{areaId}")
    String updateArea(@PathVariable("id") UUID programmeId, @PathVariable("areaId") UUID areaId, AreaForm form,
            RedirectAttributes flash) {
        return attempt(programmeId, flash, () -> instruments.updateArea(programmeId, areaId, form.draft()));
    }

    @PostMapping("/areas/{areaId}/move")
    String moveArea(@PathVariable("id") UUID programmeId, @PathVariable("areaId") UUID areaId,
            @RequestParam("direction") int direction, RedirectAttributes flash) {
        return attempt(programmeId, flash, () -> instruments.moveArea(programmeId, areaId, direction));
    }

    @PostMapping("/areas/{areaId}/retirement")
    String retireArea(@PathVariable("id") UUID programmeId, @PathVariable("areaId") UUID areaId,
            @RequestParam("retired") boolean retired, RedirectAttributes flash) {
        return attempt(programmeId, flash, () -> instruments.retireArea(programmeId, areaId, retired));
    }

    @PostMapping("/areas/{areaId}/questions")
    String addQuestion(@PathVariable("id") UUID programmeId, @PathVariable("areaId") UUID areaId,
            QuestionForm form, RedirectAttributes flash) {
        return attempt(programmeId, flash, () -> instruments.addQuestion(programmeId, areaId, form.draft()));
    }

    @PostMapping("/questions/{questionId}")
    String updateQuestion(@PathVariable("id") UUID programmeId, @PathVariable("questionId") UUID questionId,
            QuestionForm form, RedirectAttributes flash) {
        return attempt(programmeId, flash, () -> instruments.updateQuestion(programmeId, questionId, form.draft()));
    }

    @PostMapping("/questions/{questionId}/move")
    String moveQuestion(@PathVariable("id") UUID programmeId, @PathVariable("questionId") UUID questionId,
            @RequestParam("direction") int direction, RedirectAttributes flash) {
        return attempt(programmeId, flash, () -> instruments.moveQuestion(programmeId, questionId, direction));
    }

    @PostMapping("/questions/{questionId}/retirement")
    String retireQuestion(@PathVariable("id") UUID programmeId, @PathVariable("questionId") UUID questionId,
            @RequestParam("retired") boolean retired, RedirectAttributes flash) {
        return attempt(programmeId, flash, () -> instruments.retireQuestion(programmeId, questionId, retired));
    }

    private static String attempt(UUID programmeId, RedirectAttributes flash, Runnable work) {
        return RefusalToPage.redirect("/programmes/" + programmeId + "/readiness-instrument", flash,
                "readiness.instrument.saved", work);
    }

    /** An area as posted. */
    record AreaForm(String nameEs, String nameEn, Integer weight) {

        AreaDraft draft() {
            return new AreaDraft(nameEs, nameEn, weight);
        }
    }

    /** A question as posted; standards are typed separated by commas or spaces. */
    record QuestionForm(String textEs, String textEn, String guidanceEs, String guidanceEn, Integer weight,
            String linkedStandards) {

        QuestionDraft draft() {
            return new QuestionDraft(textEs, textEn, guidanceEs, guidanceEn, weight,
                    linkedStandards == null || linkedStandards.isBlank() ? List.of()
                            : List.of(linkedStandards.strip().split("[,;\\s]+")));
        }
    }
}
