package org.acredita.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.geo.internal.CatalogueImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * INEGI's catalogue of municipalities shipped with Acredita ({@value #RESOURCE}, BSD-2-Clause, see NOTICE),
 * loaded at the first start so every deployment has it; administrators import a newer one on the
 * geography page. Once the table holds municipalities a start costs one cheap query. Runs before the
 * demo data and before the application reports itself ready for traffic.
 */
@Component
class ShippedCatalogue {

    static final String RESOURCE = "geo/municipios.json";
    private static final Logger log = LoggerFactory.getLogger(ShippedCatalogue.class);

    private final Geography geography;

    ShippedCatalogue(Geography geography) {
        this.geography = geography;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void loadAtFirstStart() {
        load();
    }

    /** What was loaded, or empty when the catalogue already held municipalities. */
    Optional<CatalogueImport> load() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> {
            if (geography.hasMunicipalities()) {
                return Optional.empty();
            }
            try (InputStream catalogue = new ClassPathResource(RESOURCE).getInputStream()) {
                Optional<CatalogueImport> loaded = geography.loadIntoEmptyCatalogue(catalogue);
                loaded.ifPresent(result -> log.info("Catálogo de municipios de INEGI cargado / INEGI's municipality"
                        + " catalogue loaded: {} municipalities", result.total()));
                return loaded;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
        });
    }
}
