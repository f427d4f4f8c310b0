package org.acredita.geo.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.acredita.access.CurrentScope;
import org.acredita.access.LocatedProblem;
import org.acredita.access.RefusedWithProblems;
import org.acredita.access.Role;
import org.acredita.geo.Geography;
import org.acredita.geo.MexicanState;
import org.acredita.geo.internal.CatalogueImport;
import org.acredita.geo.internal.StateSummary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The states with their municipality counts, one state's municipalities, and the catalogue import. */
@Controller
class GeographyPages {

    private final Geography geography;

    GeographyPages(Geography geography) {
        this.geography = geography;
    }

    @GetMapping("/geo")
    String states(Model model) {
        return overview(model, List.of(), 0);
    }

    @GetMapping("/geo/states/{code}")
    String state(@PathVariable("code") String code, Model model) {
        MexicanState state = geography.state(code);
        model.addAttribute("state", state);
        model.addAttribute("municipalities", geography.municipalities(code));
        return "geo/state";
    }

    /** Success goes back to the overview with the counts; a rejected file stays on it with every problem. */
    @PostMapping("/geo/imports")
    String importCatalogue(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes flash, HttpServletResponse response) throws IOException {
        CurrentScope.get().requireRole(Role.ADMIN);
        if (file == null || file.isEmpty()) {
            flash.addFlashAttribute("error", "geo.import.file.required");
            return "redirect:/geo#import";
        }
        try (InputStream content = file.getInputStream()) {
            CatalogueImport result = geography.importMunicipalities(content);
            flash.addFlashAttribute("success", "geo.import.done");
            flash.addFlashAttribute("successArgs", new Object[] {result.total(), result.added(), result.updated()});
            return "redirect:/geo";
        } catch (RefusedWithProblems rejected) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return overview(model, rejected.problems(), rejected.problemCount());
        }
    }

    private String overview(Model model, List<LocatedProblem> problems, int problemCount) {
        List<StateSummary> states = geography.stateSummaries();
        model.addAttribute("states", states);
        model.addAttribute("municipalities", states.stream().mapToInt(StateSummary::municipalities).sum());
        model.addAttribute("municipalitiesByState", states.stream()
                .collect(Collectors.toMap(s -> s.state().code(), s -> (long) s.municipalities())));
        model.addAttribute("canImport", CurrentScope.get().isAdmin());
        model.addAttribute("problems", problems);
        model.addAttribute("problemCount", problemCount);
        return "geo/states";
    }
}
