package org.acredita.geo.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.acredita.access.RuleViolation;
import org.acredita.geo.internal.CatalogueImport;
import org.acredita.geo.Geography;
import org.acredita.geo.internal.Municipality;
import org.acredita.geo.internal.StateSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Mexico's states and municipalities by INEGI code, and the import of INEGI's catalogue. */
@RestController
@RequestMapping("/api/v1/geo")
@Tag(name = "Geography", description = "Mexico's states and municipalities / Entidades y municipios de México")
class GeographyApi {

    record StateView(String code, String name, String abbreviation, int municipalities) {

        static StateView of(StateSummary summary) {
            return new StateView(summary.state().code(), summary.state().name(), summary.state().abbreviation(),
                    summary.municipalities());
        }
    }

    record MunicipalityView(String code, String name, Integer population) {

        static MunicipalityView of(Municipality municipality) {
            return new MunicipalityView(municipality.code(), municipality.name(), municipality.population());
        }
    }

    private final Geography geography;

    GeographyApi(Geography geography) {
        this.geography = geography;
    }

    @GetMapping("/states")
    @Operation(summary = "The 32 federal entities by INEGI code, with how many municipalities each has")
    List<StateView> states() {
        return geography.stateSummaries().stream().map(StateView::of).toList();
    }

    @GetMapping("/states/{code}/municipalities")
    @Operation(summary = "A state's municipalities sorted by name (404 for an unknown state code)")
    @ApiResponse(responseCode = "200", description = "The municipalities, empty before INEGI's catalogue is imported")
    @ApiResponse(responseCode = "404", description = "No state has this code",
            content = @Content(mediaType = "application/problem+json"))
    List<MunicipalityView> municipalities(@PathVariable("code") String code) {
        return geography.municipalities(code).stream().map(MunicipalityView::of).toList();
    }

    @PostMapping(path = "/municipalities/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import INEGI's JSON catalogue of municipalities (administrators; multipart field 'file')",
            description = "All or nothing: the file is INEGI's JSON list of municipalities (cve_completa, nom_municipio,"
                    + " poblacion_total); codes already held are updated, none is removed.")
    @ApiResponse(responseCode = "201", description = "Imported: how many municipalities, how many new and updated")
    @ApiResponse(responseCode = "400", description = "No file was sent", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "The caller is not an administrator",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Nothing imported: 'errors' lists every problem with its JSON pointer"
            + " ('location') and its explanation in the caller's language ('message')",
            content = @Content(mediaType = "application/problem+json"))
    CatalogueImport importMunicipalities(@RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw RuleViolation.onField("file", "geo.import.file.required");
        }
        try (InputStream content = file.getInputStream()) {
            return geography.importMunicipalities(content);
        }
    }
}
