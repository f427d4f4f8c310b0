package org.acredita.personnel.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.personnel.Person;
import org.acredita.personnel.PersonStatus;
import org.acredita.personnel.Rosters;
import org.acredita.personnel.internal.PersonDraft;
import org.acredita.personnel.internal.RosterChange;
import org.acredita.personnel.internal.RosterDiff;
import org.acredita.personnel.internal.RosterEditing;
import org.acredita.personnel.internal.RosterFile;
import org.acredita.personnel.internal.RosterImports;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An agency's personnel roster. Personal data: its managers and chief executive read and change it, its advisors
 * read it; anyone else who reaches the agency is forbidden (403), another agency is not found (404).
 */
@RestController
@RequestMapping("/api/v1/agencies/{id}/personnel")
@Tag(name = "Personnel rosters", description = "Padrón de personal / An agency's personnel")
class PersonnelApi {

    record PersonJson(UUID id, String employeeNumber, String name, String rank, String unit, String position,
            PersonStatus status, String email, String phone) {

        static PersonJson of(Person p) {
            return new PersonJson(p.id(), p.employeeNumber(), p.name(), p.rank(), p.unit(), p.position(), p.status(),
                    p.email(), p.phone());
        }
    }

    record PersonRequest(String employeeNumber, String name, String rank, String unit, String position,
            PersonStatus status, String email, String phone) {

        PersonDraft draft() {
            return new PersonDraft(employeeNumber, name, rank, unit, position, status, email, phone);
        }
    }

    record ChangeJson(RosterChange.Kind kind, int row, String employeeNumber, String name, List<String> fields) {
    }

    record ImportJson(boolean committed, long newPeople, long changed, long separated, int unchanged,
            List<String> newUnits, List<String> newRanks, List<ChangeJson> changes) {

        static ImportJson of(RosterDiff diff, boolean committed) {
            return new ImportJson(committed, diff.count(RosterChange.Kind.NEW), diff.count(RosterChange.Kind.CHANGED),
                    diff.count(RosterChange.Kind.SEPARATED), diff.unchanged(), List.copyOf(diff.newUnits().keySet()),
                    List.copyOf(diff.newRanks().keySet()), diff.changes().stream()
                            .map(c -> new ChangeJson(c.kind(), c.row(), c.employeeNumber(), c.name(), c.fields()))
                            .toList());
        }
    }

    private final Rosters rosters;
    private final RosterEditing editing;
    private final RosterImports imports;

    PersonnelApi(Rosters rosters, RosterEditing editing, RosterImports imports) {
        this.rosters = rosters;
        this.editing = editing;
        this.imports = imports;
    }

    @GetMapping
    @Operation(summary = "The agency's people by name, optionally by status, unit id or words of a name or number")
    List<PersonJson> list(@PathVariable("id") UUID agencyId,
            @RequestParam(name = "status", required = false) PersonStatus status,
            @RequestParam(name = "unitId", required = false) UUID unitId,
            @RequestParam(name = "q", required = false) String words) {
        return rosters.people(agencyId, status, unitId, words).stream().map(PersonJson::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a person (rank and unit by name, from the agency's lists; ACTIVE unless given)")
    PersonJson add(@PathVariable("id") UUID agencyId, @RequestBody PersonRequest request) {
        return PersonJson.of(editing.add(agencyId, request.draft()));
    }

    @PatchMapping("/{personId}")
    @Operation(summary = "Change a person: every field is set as given (status kept when absent)")
    PersonJson update(@PathVariable("id") UUID agencyId, @PathVariable("personId") UUID personId,
            @RequestBody PersonRequest request) {
        return PersonJson.of(editing.update(agencyId, personId, request.draft()));
    }

    @GetMapping("/lists")
    @Operation(summary = "The agency's units and ranks (ranks most junior first), each with its active people")
    Map<String, Object> lists(@PathVariable("id") UUID agencyId) {
        return Map.of("units", rosters.units(agencyId), "ranks", rosters.ranks(agencyId));
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import the whole roster from CSV or XLSX (header row: numero_empleado, nombre, grado, "
            + "unidad; optional puesto, estado, correo, telefono; English names too). Matched by employee number; "
            + "people the file no longer lists are separated. All or nothing: 422 lists every problem at its row "
            + "and column. With preview=true nothing is written (200); otherwise 201")
    ResponseEntity<ImportJson> importRoster(@PathVariable("id") UUID agencyId, @RequestParam("file") MultipartFile file,
            @Parameter(description = "only compute who is new, changed and separated")
            @RequestParam(name = "preview", defaultValue = "false") boolean preview) throws IOException {
        RosterFile.checkSize(file.getSize());
        byte[] content = file.getBytes();
        if (preview) {
            return ResponseEntity.ok(ImportJson.of(imports.preview(agencyId, file.getOriginalFilename(), content),
                    false));
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ImportJson.of(imports.importNow(agencyId, file.getOriginalFilename(), content), true));
    }
}
