package org.acredita.journeys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.acredita.support.AppClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The small test manual and its earlier edition, imported once through the API for the gallery: the
 * earlier one stays a draft (for managers only), the later one is published with its crosswalk.
 */
final class GalleryManuals {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static GalleryManuals imported;

    final UUID earlier;
    final UUID later;

    private GalleryManuals(UUID earlier, UUID later) {
        this.earlier = earlier;
        this.later = later;
    }

    static synchronized GalleryManuals importedInto(int port) {
        if (imported == null) {
            AppClient manager = AppClient.signedIn(port, "calea.pm");
            manager.get("/");
            String code = "GALERIA-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            ObjectNode previous = read("/standards/previous-edition.json");
            previous.put("code", code);
            UUID earlier = created(manager.upload("/api/v1/manuals/imports", "anterior.json",
                    JSON.writeValueAsBytes(previous), false));
            ObjectNode manual = read("/standards/test-manual.json");
            manual.put("code", code);
            ((ObjectNode) manual.get("crosswalk").get("fromEdition")).put("code", code);
            UUID later = created(manager.upload("/api/v1/manuals/imports", "manual.json",
                    JSON.writeValueAsBytes(manual), false));
            if (manager.postForm("/manuals/" + later + "/publish", java.util.Map.of()).status() != 302) {
                throw new AssertionError("Could not publish the gallery manual");
            }
            imported = new GalleryManuals(earlier, later);
        }
        return imported;
    }

    private static UUID created(AppClient.Response response) {
        if (response.status() != 201) {
            throw new AssertionError("Import for the gallery failed: " + response.body());
        }
        return UUID.fromString(JSON.readTree(response.body()).get("id").stringValue());
    }

    private static ObjectNode read(String resource) {
        try (InputStream in = GalleryManuals.class.getResourceAsStream(resource)) {
            return (ObjectNode) JSON.readTree(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
