package org.acredita.readiness.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.acredita.access.RefusalToPage;
import org.acredita.access.RuleViolation;
import org.acredita.identity.Organisations;
import org.acredita.selfassessment.AgencyStandards;
import org.acredita.readiness.internal.Answer;
import org.acredita.readiness.internal.AnswerDraft;
import org.acredita.readiness.internal.Assessment;
import org.acredita.readiness.internal.AssessmentDraft;
import org.acredita.readiness.ReadinessAssessments;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An agency's readiness page (history, progress chart, latest scores and gaps) and one assessment:
 * the form while it is a draft and the caller runs assessments, the report otherwise. The form saves
 * through htmx without replacing what was typed, and works as a plain form without JavaScript.
 */
@Controller
class ReadinessPages {

    private final ReadinessViews views;
    private final ReadinessAssessments assessments;
    private final Organisations organisations;
    private final AgencyStandards agencyStandards;

    ReadinessPages(ReadinessViews views, ReadinessAssessments assessments, Organisations organisations,
            AgencyStandards agencyStandards) {
        this.views = views;
        this.assessments = assessments;
        this.organisations = organisations;
        this.agencyStandards = agencyStandards;
    }

    @GetMapping("/agencies/{id}/readiness")
    String overview(@PathVariable("id") UUID agencyId, Model model) {
        model.addAttribute("view", views.overview(agencyId));
        return "readiness/overview";
    }

    @PostMapping("/agencies/{id}/readiness")
    String start(@PathVariable("id") UUID agencyId,
            @RequestParam(name = "assessedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate assessedOn, @RequestParam(name = "assessors", required = false) String assessors,
            RedirectAttributes flash) {
        try {
            Assessment started = assessments.start(agencyId, assessedOn, assessors);
            flash.addFlashAttribute("success", "readiness.started");
            return "redirect:/agencies/" + agencyId + "/readiness/" + started.id();
        } catch (RuleViolation violation) {
            RefusalToPage.refuse(flash, violation);
            return "redirect:/agencies/" + agencyId + "/readiness";
        }
    }

    @GetMapping("/agencies/{id}/readiness/{assessmentId}")
    String assessment(@PathVariable("id") UUID agencyId, @PathVariable("assessmentId") UUID assessmentId,
            Model model) {
        Assessment assessment = assessments.get(agencyId, assessmentId);
        model.addAttribute("agency", organisations.get(agencyId));
        model.addAttribute("assessment", assessment);
        model.addAttribute("scorecard", assessment.scorecard());
        model.addAttribute("standards", agencyStandards.of(agencyId));
        boolean editable = !assessment.completed() && assessments.mayRun(agencyId);
        return editable ? "readiness/form" : "readiness/report";
    }

    /** Saves the draft; to htmx it answers with the save status only, so the form keeps what was typed. */
    @PostMapping("/agencies/{id}/readiness/{assessmentId}/answers")
    String save(@PathVariable("id") UUID agencyId, @PathVariable("assessmentId") UUID assessmentId,
            HttpServletRequest request, Model model, RedirectAttributes flash) {
        try {
            Assessment saved = assessments.save(agencyId, assessmentId, draft(agencyId, assessmentId, request));
            if (htmx(request)) {
                return status(model, saved, "readiness.saved", null);
            }
            flash.addFlashAttribute("success", "readiness.saved");
        } catch (RuleViolation violation) {
            if (htmx(request)) {
                return status(model, assessments.get(agencyId, assessmentId), violation.messageKey(),
                        violation.arguments());
            }
            refused(flash, violation);
        }
        return "redirect:/agencies/" + agencyId + "/readiness/" + assessmentId;
    }

    /** Saves what the form holds, then completes; a refused completion keeps the saved answers. */
    @PostMapping("/agencies/{id}/readiness/{assessmentId}/completion")
    String complete(@PathVariable("id") UUID agencyId, @PathVariable("assessmentId") UUID assessmentId,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        String page = "/agencies/" + agencyId + "/readiness/" + assessmentId;
        try {
            if (request.getParameter("assessors") != null) {
                assessments.save(agencyId, assessmentId, draft(agencyId, assessmentId, request));
            }
            assessments.complete(agencyId, assessmentId);
            flash.addFlashAttribute("success", "readiness.completed");
            if (htmx(request)) {
                FlashMap carried = RequestContextUtils.getOutputFlashMap(request);
                carried.put("success", "readiness.completed");
                RequestContextUtils.saveOutputFlashMap(page, request, response);
                response.setHeader("HX-Redirect", page);
                return status(model, assessments.get(agencyId, assessmentId), "readiness.completed", null);
            }
        } catch (RuleViolation violation) {
            if (htmx(request)) {
                return status(model, assessments.get(agencyId, assessmentId), violation.messageKey(),
                        violation.arguments());
            }
            refused(flash, violation);
        }
        return "redirect:" + page;
    }

    private static String status(Model model, Assessment assessment, String message, Object[] arguments) {
        model.addAttribute("assessment", assessment);
        model.addAttribute("scorecard", assessment.scorecard());
        model.addAttribute("message", message);
        model.addAttribute("arguments", arguments == null ? new Object[0] : arguments);
        model.addAttribute("problem", arguments != null);
        return "readiness/saveStatus";
    }

    /** The form's fields: rating-<question> is 0–4, "na" or empty (unanswered); note-<question> the note. */
    private AssessmentDraft draft(UUID agencyId, UUID assessmentId, HttpServletRequest request) {
        Assessment current = assessments.get(agencyId, assessmentId);
        List<AnswerDraft> answers = new ArrayList<>();
        for (Answer answer : current.answers()) {
            String id = answer.question().id().toString();
            String rating = request.getParameter("rating-" + id);
            String note = request.getParameter("note-" + id);
            if (rating == null && note == null) {
                continue;
            }
            boolean notApplicable = "na".equals(rating);
            Integer points = null;
            if (rating != null && !rating.isBlank() && !notApplicable) {
                try {
                    points = Integer.valueOf(rating.strip());
                } catch (NumberFormatException e) {
                    throw RuleViolation.onField("answers", "readiness.answer.pointsInvalid", rating);
                }
            }
            answers.add(new AnswerDraft(answer.question().id(), points, notApplicable,
                    note == null ? answer.note() : note));
        }
        String assessedOn = request.getParameter("assessedOn");
        LocalDate date = null;
        if (assessedOn != null && !assessedOn.isBlank()) {
            try {
                date = LocalDate.parse(assessedOn.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw RuleViolation.onField("assessedOn", "readiness.assessedOn.invalid");
            }
        }
        String summary = request.getParameter("summary");
        return new AssessmentDraft(date, request.getParameter("assessors"), summary == null ? null
                : summary.isBlank() ? "" : summary, answers);
    }

    private static boolean htmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    private static void refused(RedirectAttributes flash, RuleViolation violation) {
        flash.addFlashAttribute("error", violation.messageKey());
        flash.addFlashAttribute("errorArgs", violation.arguments());
    }
}
