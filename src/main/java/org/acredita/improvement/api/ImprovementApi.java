package org.acredita.improvement.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.improvement.internal.Category;
import org.acredita.improvement.internal.ImprovementPlans;
import org.acredita.improvement.internal.ItemDraft;
import org.acredita.improvement.internal.ItemView;
import org.acredita.improvement.internal.Priority;
import org.acredita.improvement.internal.Status;
import org.acredita.storage.StoredFile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

/** An agency's improvement plan: its action items and their evidence. Another agency answers 404. */
@RestController
@RequestMapping("/api/v1/agencies/{id}/improvement-items")
@Tag(name = "Improvement plans", description = "Action items / Acciones del plan de mejora")
class ImprovementApi {

    record EvidenceView(UUID id, String name, String contentType, long size, String download) {

        static EvidenceView of(StoredFile file) {
            return new EvidenceView(file.id(), file.originalName(), file.contentType(), file.size(),
                    "/files/" + file.id());
        }
    }

    record ItemJson(UUID id, String category, String title, String description, String owner, LocalDate dueDate,
            String priority, String status, List<String> linkedStandards, LocalDate completedOn, boolean overdue,
            List<EvidenceView> evidence) {

        static ItemJson of(ItemView view) {
            var item = view.item();
            return new ItemJson(item.id(), item.category().name(), item.title(), item.description(), item.owner(),
                    item.dueDate(), item.priority().name(), item.status().name(), item.linkedStandards(),
                    item.completedOn(), view.overdue(), view.evidence().stream().map(EvidenceView::of).toList());
        }
    }

    record ItemRequest(Category category, String title, String description, String owner, LocalDate dueDate,
            Priority priority, Status status, List<String> linkedStandards, LocalDate completedOn) {

        ItemDraft draft() {
            return new ItemDraft(category, title, description, owner, dueDate, priority, status, linkedStandards,
                    completedOn);
        }
    }

    private final ImprovementPlans plans;

    ImprovementApi(ImprovementPlans plans) {
        this.plans = plans;
    }

    @GetMapping
    @Operation(summary = "The agency's action items, each with whether it is overdue and its evidence")
    List<ItemJson> list(@PathVariable("id") UUID agencyId) {
        return plans.plan(agencyId).stream().map(ItemJson::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an action item (status OPEN and priority MEDIUM unless given)")
    ItemJson create(@PathVariable("id") UUID agencyId, @RequestBody ItemRequest request) {
        return ItemJson.of(plans.create(agencyId, request.draft()));
    }

    @PatchMapping("/{itemId}")
    @Operation(summary = "Change an action item; absent fields keep their value. DONE needs completedOn")
    ItemJson update(@PathVariable("id") UUID agencyId, @PathVariable("itemId") UUID itemId,
            @RequestBody ItemRequest request) {
        return ItemJson.of(plans.update(agencyId, itemId, request.draft()));
    }

    @PostMapping(path = "/{itemId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach evidence of completion (multipart field \"file\")")
    EvidenceView evidence(@PathVariable("id") UUID agencyId, @PathVariable("itemId") UUID itemId,
            @RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return EvidenceView.of(plans.addEvidence(agencyId, itemId, file.getOriginalFilename(), content));
        }
    }
}
