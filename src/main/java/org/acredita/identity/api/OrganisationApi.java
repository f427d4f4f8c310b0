package org.acredita.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.acredita.access.OrganisationKind;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.storage.StoredFile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Organisations the caller may see; another agency answers 404. */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Parties of the programme / Partes del programa")
class OrganisationApi {

    record OrganisationView(UUID id, String name, String kind, String stateCode, String timeZone) {

        static OrganisationView of(Organisation organisation) {
            return new OrganisationView(organisation.id(), organisation.name(), organisation.kind().name(),
                    organisation.stateCode(), organisation.timeZone().getId());
        }
    }

    record NewOrganisation(OrganisationKind kind, String name, String stateCode, String timeZone) {
    }

    private final Organisations organisations;

    OrganisationApi(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "Organisations the caller may see")
    List<OrganisationView> list() {
        return organisations.visible().stream().map(OrganisationView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation (404 when it is another agency's)")
    OrganisationView get(@PathVariable("id") UUID id) {
        return OrganisationView.of(organisations.get(id));
    }

    record DocumentView(UUID id, String name, String contentType, long size, String sha256, String uploadedAt,
            String href) {

        static DocumentView of(StoredFile file) {
            return new DocumentView(file.id(), file.originalName(), file.contentType(), file.size(), file.sha256(),
                    file.uploadedAt().toString(), "/api/v1/files/" + file.id() + "/content");
        }
    }

    @GetMapping("/{id}/documents")
    @Operation(summary = "The organisation's documents")
    List<DocumentView> documents(@PathVariable("id") UUID id) {
        return organisations.documents(id).stream().map(DocumentView::of).toList();
    }

    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a document (multipart field 'file'); type sniffed from the bytes")
    DocumentView upload(@PathVariable("id") UUID id, @RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return DocumentView.of(organisations.addDocument(id, file.getOriginalFilename(), content));
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an organisation (administrators)")
    OrganisationView create(@RequestBody NewOrganisation request) {
        return OrganisationView.of(organisations.create(request.kind(), request.name(), request.stateCode(),
                request.timeZone()));
    }
}
