package org.acredita.portability.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.acredita.access.ForbiddenException;
import org.acredita.access.LocatedProblem;
import org.acredita.access.RefusedWithProblems;
import org.acredita.identity.Organisations;
import org.acredita.portability.internal.FileExports;
import org.acredita.portability.internal.FileImports;
import org.acredita.portability.internal.ImportedFile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The file page's "Export (ZIP)" link, and the agency's page to import a file exported elsewhere. */
@Controller
class PortabilityPages {

    private final FileExports exports;
    private final FileImports imports;
    private final Organisations organisations;

    PortabilityPages(FileExports exports, FileImports imports, Organisations organisations) {
        this.exports = exports;
        this.imports = imports;
        this.organisations = organisations;
    }

    @GetMapping("/accreditation-files/{id}/export")
    ResponseEntity<StreamingResponseBody> export(@PathVariable("id") UUID fileId) {
        return ExportDownload.of(exports, fileId);
    }

    @GetMapping("/agencies/{id}/accreditation/import")
    String form(@PathVariable("id") UUID agencyId, Model model) {
        return page(agencyId, List.of(), null, model);
    }

    @PostMapping("/agencies/{id}/accreditation/import")
    String importFile(@PathVariable("id") UUID agencyId,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(agencyId, List.of(LocatedProblem.at("/", "portability.import.fileRequired")), null, model);
        }
        try (InputStream content = file.getInputStream()) {
            return page(agencyId, List.of(), imports.importFile(agencyId, content), model);
        } catch (RefusedWithProblems refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(agencyId, refused.problems(), null, model);
        }
    }

    private String page(UUID agencyId, List<LocatedProblem> problems, ImportedFile imported, Model model) {
        model.addAttribute("agency", organisations.get(agencyId));
        if (!imports.mayImport(agencyId)) {
            throw new ForbiddenException();
        }
        model.addAttribute("problems", problems);
        model.addAttribute("imported", imported);
        return "portability/import";
    }
}
