package org.acredita.audit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.Reach;
import org.acredita.access.Role;
import org.acredita.audit.internal.AuditEntry;
import org.acredita.audit.internal.AuditLog;
import org.acredita.audit.internal.AuditPage;
import org.acredita.audit.internal.AuditQuery;
import org.acredita.audit.internal.AuditVerification;
import org.acredita.audit.internal.ChainReport;
import org.acredita.audit.internal.ChainReport.BrokenLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The JSON the audit API answers with; access is decided by the services and the current scope. */
class AuditApiTest {

    private static final AccessScope ADMIN = new AccessScope(UUID.randomUUID(), "ana.admin", UUID.randomUUID(),
            Set.of(Role.ADMIN), Reach.ALL, Reach.ALL);

    private final AuditVerification verification = mock(AuditVerification.class);
    private final AuditLog log = mock(AuditLog.class);
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new AuditController(verification, log,
            mock(org.acredita.audit.internal.AuditExports.class), mock(org.springframework.context.MessageSource.class))).build();

    @AfterEach
    void noScope() {
        CurrentScope.clear();
    }

    @Test
    void validChainHasNoBrokenEvent() throws Exception {
        when(verification.verify()).thenReturn(new ChainReport(true, 12, null));
        CurrentScope.set(ADMIN);

        mvc.perform(get("/api/v1/audit/verification")).andExpect(status().isOk())
                .andExpect(content().json("{\"valid\":true,\"events\":12,\"firstBrokenEvent\":null}", true));
    }

    @Test
    void brokenChainNamesTheFirstBrokenEvent() throws Exception {
        when(verification.verify()).thenReturn(new ChainReport(false, 12, new BrokenLink(7, BrokenLink.CHAIN_BREAK)));
        CurrentScope.set(ADMIN);

        mvc.perform(get("/api/v1/audit/verification")).andExpect(status().isOk()).andExpect(content().json(
                "{\"valid\":false,\"events\":12,\"firstBrokenEvent\":{\"id\":7,\"reason\":\"CHAIN_BREAK\"}}", true));
    }

    @Test
    void verificationIsForAdministrators() {
        CurrentScope.set(new AccessScope(UUID.randomUUID(), "carla.ceo", UUID.randomUUID(), Set.of(Role.AGENCY_CEO),
                Reach.NONE, Reach.NONE));

        assertThatThrownBy(() -> mvc.perform(get("/api/v1/audit/verification")))
                .hasRootCauseInstanceOf(ForbiddenException.class);
    }

    @Test
    void eventsPageWithFiltersAndWholeDays() throws Exception {
        UUID agency = UUID.randomUUID();
        var entry = new AuditEntry(5, Instant.parse("2025-03-01T18:00:00Z"), null, "system", null, agency,
                "USER_CREATED", "USER", "42", "Alta de Juan");
        when(log.search(any())).thenReturn(new AuditPage(List.of(entry), 1, 10, 11));

        mvc.perform(get("/api/v1/audit/events").param("action", "USER_CREATED").param("actor", "juan")
                        .param("agencyId", agency.toString()).param("from", "2025-03-01").param("to", "2025-03-01")
                        .param("page", "1").param("size", "10"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"items": [{"id": 5, "occurredAt": "2025-03-01T18:00:00Z", "actorId": null,
                          "actorName": "system", "organisationId": null, "agencyId": "%s",
                          "action": "USER_CREATED", "targetType": "USER", "targetId": "42",
                          "summary": "Alta de Juan"}],
                         "page": 1, "size": 10, "total": 11}""".formatted(agency), true));

        var query = ArgumentCaptor.forClass(AuditQuery.class);
        verify(log).search(query.capture());
        // Whole days in Mexico City (UTC-6): 1 March 06:00 UTC to 2 March 06:00 UTC.
        assertThat(query.getValue()).isEqualTo(new AuditQuery("USER_CREATED", "juan", agency,
                Instant.parse("2025-03-01T06:00:00Z"), Instant.parse("2025-03-02T06:00:00Z"), 1, 10));
    }

    @Test
    void unknownTimeZoneIsABadArgument() {
        assertThatThrownBy(() -> mvc.perform(get("/api/v1/audit/events").param("zone", "Mars/Olympus")))
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }
}
