package org.acredita.standards.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.acredita.database.DemoSeed;
import org.acredita.standards.internal.ImportedManual;
import org.acredita.standards.EditionStatus;
import org.acredita.standards.ManualEdition;
import org.acredita.standards.internal.ManualImports;
import org.acredita.standards.Manuals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The three illustrative manuals bundled with Acredita (law enforcement agency, emergency
 * communications centre, training academy), written for the project and not any accreditation body's
 * text. In demo mode they are imported through the ordinary import, like a customer's file, and
 * published, once: an edition whose code and version already exist is left as it is. Like the demo
 * programme, only on the embedded database and never under 'prod'.
 */
@Component
public class IllustrativeManuals implements DemoSeed {

    /** Classpath resources, in the order they are imported. */
    public static final List<String> RESOURCES = List.of("standards/manuals/law-enforcement.yaml",
            "standards/manuals/emergency-communications.yaml", "standards/manuals/training-academy.yaml");

    private static final Logger log = LoggerFactory.getLogger(IllustrativeManuals.class);
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final ManualImports imports;
    private final Manuals manuals;

    IllustrativeManuals(ManualImports imports, Manuals manuals) {
        this.imports = imports;
        this.manuals = manuals;
    }

    @Override
    public String name() {
        return "standards.manuals";
    }

    @Override
    public void seed() {
        for (String resource : RESOURCES) {
            load(resource);
        }
    }

    /** Each import commits on its own, as a customer's would, and is published after it. */
    @Override
    public boolean inOneTransaction() {
        return false;
    }

    private void load(String resource) {
        long start = System.nanoTime();
        byte[] content = read(resource);
        JsonNode head = YAML.readTree(content);
        String code = head.path("code").asString();
        String version = head.path("version").asString();
        Optional<ManualEdition> existing = manuals.editions().stream()
                .filter(edition -> edition.code().equals(code) && edition.version().equals(version)).findFirst();
        if (existing.isPresent()) {
            // Loaded by an earlier start; publish it if that start stopped between the import and the publication.
            if (existing.get().status() == EditionStatus.DRAFT) {
                manuals.publish(existing.get().id());
            }
            return;
        }
        ImportedManual imported = imports.importManual(resource.substring(resource.lastIndexOf('/') + 1),
                "acredita-yaml", new java.io.ByteArrayInputStream(content));
        manuals.publish(imported.id());
        log.info("Manual ilustrativo {} {} cargado / illustrative manual loaded: {} standards in {} ms", code, version,
                imported.standards(), (System.nanoTime() - start) / 1_000_000);
    }

    /** The bundled file's bytes. */
    public static byte[] read(String resource) {
        try (InputStream in = IllustrativeManuals.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled manual " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
