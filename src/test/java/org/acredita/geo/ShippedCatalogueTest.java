package org.acredita.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.geo.internal.CatalogueImport;
import org.acredita.support.SchemaOwner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The catalogue shipped with Acredita, on the geography module's own slice (geo with audit, which it
 * injects, and access for the scoped data source) and its own embedded PostgreSQL, so the test may empty the
 * municipality table as at a deployment's first start: several nodes starting at once load it once, later
 * starts write nothing. (The shared test context shows that a fresh deployment really gets it:
 * {@code GeographyCatalogueTest}.)
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "access")
class ShippedCatalogueTest {

    private static final int MUNICIPALITIES = 2478;

    private final Geography geography;
    private final ShippedCatalogue shipped;
    private final JdbcClient owner;

    @Autowired
    ShippedCatalogueTest(Geography geography, ShippedCatalogue shipped, Environment environment) {
        this.geography = geography;
        this.shipped = shipped;
        this.owner = JdbcClient.create(SchemaOwner.of(environment));
    }

    @Test
    void nodesStartingTogetherLoadTheCatalogueOnce() throws Exception {
        owner.sql("delete from municipality").update();
        int events = loadedEvents();
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<CatalogueImport>>> loads = new ArrayList<>();
        try {
            for (int node = 0; node < 2; node++) {
                // Past the cheap check on both nodes, as when both found the table empty.
                loads.add(nodes.submit(() -> {
                    start.await();
                    try (InputStream file = new ClassPathResource(ShippedCatalogue.RESOURCE).getInputStream()) {
                        return CurrentScope.runAs(AccessScope.SYSTEM, () -> geography.loadIntoEmptyCatalogue(file));
                    }
                }));
            }
            start.countDown();
            List<CatalogueImport> loaded = new ArrayList<>();
            for (Future<Optional<CatalogueImport>> load : loads) {
                load.get(60, TimeUnit.SECONDS).ifPresent(loaded::add);
            }

            assertThat(loaded).containsExactly(new CatalogueImport(MUNICIPALITIES, MUNICIPALITIES, 0));
        } finally {
            nodes.shutdownNow();
        }
        assertThat(owner.sql("select count(*) from municipality").query(Integer.class).single())
                .isEqualTo(MUNICIPALITIES);
        assertThat(owner.sql("select count(distinct state_code) from municipality").query(Integer.class).single())
                .isEqualTo(32);
        assertThat(loadedEvents()).isEqualTo(events + 1);
    }

    @Test
    void aLaterStartFindsTheCatalogueAndWritesNothing() {
        shipped.load();
        String before = snapshot();
        int events = loadedEvents();

        assertThat(shipped.load()).isEmpty();

        assertThat(snapshot()).isEqualTo(before);
        assertThat(loadedEvents()).isEqualTo(events);
    }

    private String snapshot() {
        return owner.sql("select count(*) || ' ' || max(imported_at)::text from municipality")
                .query(String.class).single();
    }

    private int loadedEvents() {
        return owner.sql("select count(*) from audit_event where action = 'MUNICIPALITIES_LOADED'")
                .query(Integer.class).single();
    }
}
