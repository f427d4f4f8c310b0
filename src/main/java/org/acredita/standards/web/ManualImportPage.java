package org.acredita.standards.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.acredita.access.CurrentScope;
import org.acredita.access.LocatedProblem;
import org.acredita.access.RefusedWithProblems;
import org.acredita.access.Role;
import org.acredita.standards.internal.ImportedManual;
import org.acredita.standards.internal.ManualImports;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a manual file from the browser: a new draft on success, else every problem in a table.
 * The form posts with htmx so a progress indicator shows while a large file is checked; without
 * JavaScript it is an ordinary form post.
 */
@Controller
class ManualImportPage {

    private final ManualImports imports;

    ManualImportPage(ManualImports imports) {
        this.imports = imports;
    }

    @GetMapping("/manuals/import")
    String form(Model model) {
        CurrentScope.get().requireRole(Role.ADMIN, Role.PROGRAMME_MANAGER);
        model.addAttribute("problems", List.<LocatedProblem>of());
        model.addAttribute("imported", null);
        return "standards/import";
    }

    @PostMapping("/manuals/import")
    String importManual(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes flash, HttpServletResponse response) throws IOException {
        CurrentScope.get().requireRole(Role.ADMIN, Role.PROGRAMME_MANAGER);
        List<LocatedProblem> problems;
        if (file == null || file.isEmpty()) {
            problems = List.of(LocatedProblem.at("/", "manuals.import.file.required"));
        } else {
            try (InputStream content = file.getInputStream()) {
                ImportedManual imported = imports.importManual(file.getOriginalFilename(), null, content);
                if (htmx != null) {
                    // htmx would follow a redirect inside its request; the result with a link to the draft is swapped in.
                    model.addAttribute("problems", List.<LocatedProblem>of());
                    model.addAttribute("imported", imported);
                    return "standards/import";
                }
                flash.addFlashAttribute("success", "manuals.import.done");
                flash.addFlashAttribute("successArgs", new Object[] {imported.standards()});
                return "redirect:/manuals/" + imported.id();
            } catch (RefusedWithProblems rejected) {
                problems = rejected.problems();
            }
        }
        // htmx swaps only successful responses by default, so the report goes to it as 200.
        response.setStatus(htmx != null ? HttpStatus.OK.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("problems", problems);
        model.addAttribute("imported", null);
        return "standards/import";
    }
}
