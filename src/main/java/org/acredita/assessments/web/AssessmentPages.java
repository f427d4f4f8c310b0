package org.acredita.assessments.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.RuleViolation;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.AssessmentKind;
import org.acredita.assessments.AssessmentStatus;
import org.acredita.assessments.Assessments;
import org.acredita.assessments.NewAssessment;
import org.acredita.assessments.ScopeMode;
import org.acredita.assessments.TeamRole;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assessments pages: the list (across agencies and per agency), the "new assessment" form (a refused field
 * is shown beside it with what was typed), and one assessment with its snapshot; moving it on is a form post.
 */
@Controller
class AssessmentPages {

    private final AssessmentViews views;
    private final Assessments assessments;
    private final AgencyGate gate;

    AssessmentPages(AssessmentViews views, Assessments assessments, AgencyGate gate) {
        this.views = views;
        this.assessments = assessments;
        this.gate = gate;
    }

    @GetMapping("/assessments")
    String all(Model model) {
        model.addAttribute("list", views.all());
        return "assessments/list";
    }

    @GetMapping("/agencies/{id}/assessments")
    String ofAgency(@PathVariable("id") UUID agencyId, Model model) {
        model.addAttribute("list", views.ofAgency(agencyId));
        return "assessments/list";
    }

    @GetMapping("/agencies/{id}/assessments/new")
    String form(@PathVariable("id") UUID agencyId, Model model) {
        Organisation agency = gate.readable(agencyId);
        List<AssessmentKind> kinds = assessments.plannableKinds(agency.id());
        if (kinds.isEmpty()) {
            throw new org.acredita.access.ForbiddenException();
        }
        model.addAttribute("form", new AssessmentForm(agency, kinds, assessments.teamCandidates(agency.id()),
                kinds.get(0).name(), "", "", ScopeMode.ALL, "25", "", "", Map.of(), null, null, new Object[0]));
        return "assessments/form";
    }

    @PostMapping("/agencies/{id}/assessments")
    String plan(@PathVariable("id") UUID agencyId, HttpServletRequest request, Model model,
            RedirectAttributes flash) {
        Organisation agency = gate.readable(agencyId);
        Map<UUID, AssessmentForm.Choice> chosen = chosen(request);
        ScopeMode mode = mode(request.getParameter("scopeMode"));
        try {
            Assessment planned = assessments.plan(agency.id(), new NewAssessment(null,
                    kind(request.getParameter("kind")),
                    FormFields.optional(request, "windowStart", LocalDate::parse, "assessments.window.invalid"),
                    FormFields.optional(request, "windowEnd", LocalDate::parse, "assessments.window.invalid"), mode,
                    FormFields.optional(request, "samplePercent", Integer::valueOf, "assessments.number.invalid"),
                    FormFields.optional(request, "sampleSeed", Long::valueOf, "assessments.number.invalid"),
                    picked(request.getParameter("picked")), team(chosen)));
            flash.addFlashAttribute("success", "assessments.planned");
            return "redirect:/assessments/" + planned.id();
        } catch (RuleViolation violation) {
            List<AssessmentKind> kinds = assessments.plannableKinds(agency.id());
            model.addAttribute("form", new AssessmentForm(agency, kinds, assessments.teamCandidates(agency.id()),
                    request.getParameter("kind"), FormFields.typed(request, "windowStart"),
                    FormFields.typed(request, "windowEnd"), mode, FormFields.typed(request, "samplePercent"),
                    FormFields.typed(request, "sampleSeed"), FormFields.typed(request, "picked"), chosen,
                    violation.field() == null ? "form" : violation.field(), violation.messageKey(),
                    violation.arguments()));
            return "assessments/form";
        }
    }

    @GetMapping("/assessments/{id}")
    String assessment(@PathVariable("id") UUID id, Model model) {
        model.addAttribute("view", views.of(id));
        return "assessments/assessment";
    }

    @PostMapping("/assessments/{id}/status")
    String move(@PathVariable("id") UUID id, @RequestParam(name = "status", required = false) String status,
            RedirectAttributes flash) {
        try {
            assessments.advance(id, status(status));
            flash.addFlashAttribute("success", "assessments.moved");
        } catch (RuleViolation violation) {
            flash.addFlashAttribute("error", violation.messageKey());
            flash.addFlashAttribute("errorArgs", violation.arguments());
        }
        return "redirect:/assessments/" + id;
    }

    /** The team as chosen: member-{id} ticked, role-{id} and chapters-{id} (numbers separated by commas) beside it. */
    private static Map<UUID, AssessmentForm.Choice> chosen(HttpServletRequest request) {
        Map<UUID, AssessmentForm.Choice> chosen = new LinkedHashMap<>();
        String[] members = request.getParameterValues("member");
        for (String member : members == null ? new String[0] : members) {
            UUID id;
            try {
                id = UUID.fromString(member.strip());
            } catch (IllegalArgumentException e) {
                throw RuleViolation.onField("team", "assessments.team.roleMismatch");
            }
            String role = request.getParameter("role-" + id);
            TeamRole teamRole = Arrays.stream(TeamRole.values()).filter(r -> r.name().equals(role)).findFirst()
                    .orElse(TeamRole.ASSESSOR);
            chosen.put(id, new AssessmentForm.Choice(teamRole, request.getParameter("chapters-" + id)));
        }
        return chosen;
    }

    private static List<NewAssessment.TeamChoice> team(Map<UUID, AssessmentForm.Choice> chosen) {
        List<NewAssessment.TeamChoice> team = new ArrayList<>();
        chosen.forEach((id, choice) -> {
            List<Integer> chapters = new ArrayList<>();
            for (String part : (choice.chapters() == null ? "" : choice.chapters()).split("[,;\\s]+")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    chapters.add(Integer.valueOf(part.strip()));
                } catch (NumberFormatException e) {
                    throw RuleViolation.onField("team", "assessments.team.chapterUnknown", part.strip());
                }
            }
            team.add(new NewAssessment.TeamChoice(id, choice.role(), chapters));
        });
        return team;
    }

    private static List<String> picked(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static AssessmentKind kind(String value) {
        return Arrays.stream(AssessmentKind.values()).filter(k -> k.name().equals(value)).findFirst().orElse(null);
    }

    private static ScopeMode mode(String value) {
        return Arrays.stream(ScopeMode.values()).filter(k -> k.name().equals(value)).findFirst()
                .orElse(ScopeMode.ALL);
    }

    private static AssessmentStatus status(String value) {
        return Arrays.stream(AssessmentStatus.values()).filter(k -> k.name().equals(value)).findFirst()
                .orElse(null);
    }
}
