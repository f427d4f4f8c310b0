package org.acredita.directives.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.directives.internal.Directive;
import org.acredita.directives.internal.DirectiveCoverage;
import org.acredita.directives.internal.DirectiveDraft;
import org.acredita.directives.internal.DirectiveSummary;
import org.acredita.directives.internal.DirectiveVersion;
import org.acredita.directives.internal.DirectiveView;
import org.acredita.directives.internal.Directives;
import org.acredita.directives.internal.Section;
import org.acredita.directives.internal.SectionDraft;
import org.acredita.directives.internal.StandardCoverage;
import org.acredita.directives.internal.VersionDraft;
import org.acredita.storage.StoredFile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** An agency's written directives, their versions, sections and mappings, and its coverage. Another agency answers 404. */
@RestController
@RequestMapping("/api/v1/agencies/{id}")
@Tag(name = "Written directives", description = "Directivas escritas / Written directives")
class DirectiveApi {

    record DocumentJson(UUID id, String name, String contentType, long size, String download) {

        static DocumentJson of(StoredFile file) {
            return new DocumentJson(file.id(), file.originalName(), file.contentType(), file.size(), "/files/" + file.id());
        }
    }

    record VersionJson(DirectiveVersion version, List<Section> sections, List<DocumentJson> documents) {
    }

    record DirectiveJson(Directive directive, List<VersionJson> versions) {

        static DirectiveJson of(DirectiveView view) {
            return new DirectiveJson(view.directive(), view.versions().stream().map(v -> new VersionJson(v.version(),
                    v.sections(), v.documents().stream().map(DocumentJson::of).toList())).toList());
        }
    }

    record ApprovalRequest(String approvedBy, LocalDate approvedOn) {
    }

    record EffectRequest(LocalDate effectiveDate) {
    }

    record MappingRequest(UUID editionId, String standardNumber, List<String> elements) {
    }

    record MappingResult(int added) {
    }

    private final Directives directives;
    private final DirectiveCoverage coverage;

    DirectiveApi(Directives directives, DirectiveCoverage coverage) {
        this.directives = directives;
        this.coverage = coverage;
    }

    @GetMapping("/directives")
    @Operation(summary = "The agency's directives, each with its current version, sections and mapped elements")
    List<DirectiveSummary> list(@PathVariable("id") UUID agencyId) {
        return directives.list(agencyId);
    }

    @GetMapping("/directives/{directiveId}")
    @Operation(summary = "A directive with its versions (newest first), their sections, mappings and documents")
    DirectiveJson get(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId) {
        return DirectiveJson.of(directives.directive(agencyId, directiveId));
    }

    @PostMapping("/directives")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a directive (code unique in the agency, title, kind, owner)")
    Directive create(@PathVariable("id") UUID agencyId, @RequestBody DirectiveDraft draft) {
        return directives.create(agencyId, draft);
    }

    @PostMapping("/directives/{directiveId}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a draft version; copySections brings the latest version's sections and mappings")
    DirectiveVersion startVersion(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId,
            @RequestBody VersionDraft draft) {
        return directives.startVersion(agencyId, directiveId, draft);
    }

    @PostMapping("/directives/{directiveId}/versions/{versionId}/approval")
    @Operation(summary = "Approve a draft version: who approved it and when")
    DirectiveVersion approve(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId,
            @PathVariable("versionId") UUID versionId, @RequestBody ApprovalRequest request) {
        return directives.approve(agencyId, directiveId, versionId, request.approvedBy(), request.approvedOn());
    }

    @PostMapping("/directives/{directiveId}/versions/{versionId}/effect")
    @Operation(summary = "Put an approved version in effect; the version in effect until then becomes superseded")
    DirectiveVersion putInEffect(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId,
            @PathVariable("versionId") UUID versionId, @RequestBody EffectRequest request) {
        return directives.putInEffect(agencyId, directiveId, versionId, request.effectiveDate());
    }

    @PostMapping(path = "/directives/{directiveId}/versions/{versionId}/documents",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach the version's document (multipart field \"file\")")
    DocumentJson document(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId,
            @PathVariable("versionId") UUID versionId, @RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return DocumentJson.of(directives.addDocument(agencyId, directiveId, versionId, file.getOriginalFilename(),
                    content));
        }
    }

    @PostMapping("/directives/{directiveId}/versions/{versionId}/sections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a section (number, heading, optional excerpt) to a version not superseded")
    Section addSection(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId,
            @PathVariable("versionId") UUID versionId, @RequestBody SectionDraft draft) {
        return directives.addSection(agencyId, directiveId, versionId, draft);
    }

    @PostMapping("/directives/{directiveId}/sections/{sectionId}/mappings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Map a section to elements (letters) of a standard of an edition; no letters for a standard without elements")
    MappingResult map(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId,
            @PathVariable("sectionId") UUID sectionId, @RequestBody MappingRequest request) {
        return new MappingResult(directives.map(agencyId, directiveId, sectionId, request.editionId(),
                request.standardNumber(), request.elements()));
    }

    @DeleteMapping("/directives/{directiveId}/mappings/{mappingId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a mapping of a section of a version not superseded")
    void unmap(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId,
            @PathVariable("mappingId") UUID mappingId) {
        directives.unmap(agencyId, directiveId, mappingId);
    }

    @GetMapping("/directive-coverage")
    @Operation(summary = "Per standard of the edition: each element (letter, null for a standard without elements) "
            + "and the sections of directives in effect that satisfy it")
    Map<String, StandardCoverage> coverage(@PathVariable("id") UUID agencyId, @RequestParam("edition") UUID edition) {
        return coverage.coverage(agencyId, edition);
    }

    @GetMapping("/directive-coverage/{standardNumber}")
    @Operation(summary = "One standard's directive coverage in the edition; 404 when the edition has no such standard")
    StandardCoverage standardCoverage(@PathVariable("id") UUID agencyId,
            @PathVariable("standardNumber") String standardNumber, @RequestParam("edition") UUID edition) {
        return coverage.coverage(agencyId, edition, standardNumber);
    }
}
