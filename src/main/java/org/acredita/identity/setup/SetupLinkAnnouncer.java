package org.acredita.identity.setup;

import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Prints the one-time setup link at start-up while the deployment has no administrator. */
@Component
class SetupLinkAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(SetupLinkAnnouncer.class);
    private final FirstAdministrator firstAdministrator;
    private final String baseUrl;

    SetupLinkAnnouncer(FirstAdministrator firstAdministrator,
            @Value("${acredita.base-url:http://localhost:${server.port:8080}}") String baseUrl) {
        this.firstAdministrator = firstAdministrator;
        this.baseUrl = baseUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void announce() {
        CurrentScope.runAs(AccessScope.SYSTEM, () -> {
            if (firstAdministrator.needed()) {
                String secret = firstAdministrator.issueLink();
                log.warn("""

                        ==> Acredita no tiene administrador. Abra este enlace (válido 24 h, un solo uso) para crearlo:
                        ==> Acredita has no administrator yet. Open this one-time link (valid 24 h) to create one:
                        ==>   {}/setup/{}
                        """, baseUrl, secret);
            }
        });
    }
}
