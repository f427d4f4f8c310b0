package org.acredita.standards.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.RuleViolation;
import org.acredita.standards.ApplicabilityProfile;
import org.acredita.standards.internal.ImportedManual;
import org.acredita.standards.Level;
import org.acredita.standards.ManualEdition;
import org.acredita.standards.internal.ManualExports;
import org.acredita.standards.internal.ManualExports.ManualFile;
import org.acredita.standards.internal.ManualFormat;
import org.acredita.standards.internal.ManualImports;
import org.acredita.standards.Manuals;
import org.acredita.standards.internal.Standard;
import org.acredita.standards.internal.StandardFilter;
import org.acredita.standards.internal.StandardPage;
import org.acredita.standards.Text;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Standards manuals: editions, their standards, import, export, publishing and retiring. */
@RestController
@RequestMapping("/api/v1/manuals")
@Tag(name = "Standards manuals", description = "Manuales de normas / Standards manuals")
class ManualApi {

    record EditionView(UUID id, String programme, String code, String version, String status, int standards) {

        static EditionView of(ManualEdition edition) {
            return new EditionView(edition.id(), edition.programme().name(), edition.code(), edition.version(),
                    edition.status().name(), edition.standards());
        }
    }

    record EditionDetailView(UUID id, String programme, String code, String version, Text title, String status,
            String effectiveDate, String transitionDate, String authoritativeLanguage, int standards) {

        static EditionDetailView of(ManualEdition edition) {
            return new EditionDetailView(edition.id(), edition.programme().name(), edition.code(), edition.version(),
                    edition.title(), edition.status().name(), edition.effectiveDate().toString(),
                    edition.transitionDate() == null ? null : edition.transitionDate().toString(),
                    edition.authoritativeLanguage(), edition.standards());
        }
    }

    record StandardView(UUID id, String number, Text title, String level, boolean timeSensitive, String frequency,
            String translation) {

        static StandardView of(Standard standard) {
            return new StandardView(standard.id(), standard.number(), standard.title(), standard.level().name(),
                    standard.timeSensitive(), standard.frequency() == null ? null : standard.frequency().name(),
                    standard.translation().name());
        }
    }

    record StandardPageView(List<StandardView> items, int page, int size, long total) {

        static StandardPageView of(StandardPage page) {
            return new StandardPageView(page.items().stream().map(StandardView::of).toList(), page.page(), page.size(),
                    page.total());
        }
    }

    record ImportView(UUID id, int standards) {

        static ImportView of(ImportedManual imported) {
            return new ImportView(imported.id(), imported.standards());
        }
    }

    record ApplicabilityView(String number, boolean applies, String level, List<String> reasons) {
    }

    private final Manuals manuals;
    private final ManualImports imports;
    private final ManualExports exports;
    private final MessageSource messages;

    ManualApi(Manuals manuals, ManualImports imports, ManualExports exports, MessageSource messages) {
        this.manuals = manuals;
        this.imports = imports;
        this.exports = exports;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Manual editions the caller may see (drafts only for those who manage manuals)")
    List<EditionView> list() {
        return manuals.editions().stream().map(EditionView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One edition (a draft answers 404 to those who do not manage manuals)")
    EditionDetailView get(@PathVariable("id") UUID id) {
        return EditionDetailView.of(manuals.edition(id));
    }

    @GetMapping("/{id}/standards")
    @Operation(summary = "An edition's standards in number order, paged and filtered")
    StandardPageView standards(@PathVariable("id") UUID id,
            @Parameter(description = "start of a number (4.2) or words of the title, Spanish or English")
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "level", required = false) Level level,
            @RequestParam(name = "timeSensitive", required = false) Boolean timeSensitive,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "50") int size) {
        return StandardPageView.of(manuals.standards(id, new StandardFilter(q, level, timeSensitive), page, size));
    }

    @GetMapping("/{id}/applicability")
    @Operation(summary = "For each standard: does it apply to an agency with this profile, at which level, and why")
    List<ApplicabilityView> applicability(@PathVariable("id") UUID id,
            @Parameter(description = "the tier the agency seeks, e.g. BASIC")
            @RequestParam(name = "tier", required = false) String tier,
            @Parameter(description = "authorised full-time personnel")
            @RequestParam(name = "personnel", required = false) Integer personnel,
            @Parameter(description = "functions the agency performs, e.g. HOLDING_FACILITY,K9")
            @RequestParam(name = "functions", required = false) Set<String> functions, Locale locale) {
        return manuals.applicability(id, new ApplicabilityProfile(tier, personnel, functions)).stream()
                .map(result -> new ApplicabilityView(result.number(), result.applies(), result.level().name(),
                        result.reasons().stream().map(reason -> messages.getMessage(reason.messageKey(),
                                reason.arguments().toArray(), locale)).toList()))
                .toList();
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import a manual file as a new draft edition (all or nothing; 422 lists every problem)")
    ImportView importManual(@RequestParam("file") MultipartFile file,
            @Parameter(description = "acredita-json, acredita-yaml, oscal-json, xlsx or csv; detected when absent")
            @RequestParam(name = "format", required = false) String format) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return ImportView.of(imports.importManual(file.getOriginalFilename(), format, content));
        }
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "Export an edition as a file in the exchange format")
    ResponseEntity<byte[]> export(@PathVariable("id") UUID id,
            @RequestParam(name = "format", defaultValue = "acredita-json") String format) {
        ManualFormat chosen = ManualFormat.byId(format)
                .orElseThrow(() -> new RuleViolation("standards.export.format.unknown", format));
        ManualFile file = exports.export(id, chosen);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType() + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a draft edition")
    EditionView publish(@PathVariable("id") UUID id) {
        return EditionView.of(manuals.publish(id));
    }

    @PostMapping("/{id}/retire")
    @Operation(summary = "Retire a published edition")
    EditionView retire(@PathVariable("id") UUID id) {
        return EditionView.of(manuals.retire(id));
    }
}
