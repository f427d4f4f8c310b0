package org.acredita;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

/** The modules only use each other's public API; their documentation is generated from the code. */
class ModularityTests {

    /** The committed list of every module's public API; regenerated here, so it can never drift from the code. */
    private static final Path API_DOCUMENT = Path.of("docs/modules.md");

    private final ApplicationModules modules = ApplicationModules.of(AcreditaApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }

    @Test
    void committedModuleApiDocumentMatchesTheCode() throws IOException {
        String generated = apiDocument();
        String committed = Files.exists(API_DOCUMENT) ? Files.readString(API_DOCUMENT, StandardCharsets.UTF_8) : "";
        if (!generated.equals(committed)) {
            Files.writeString(API_DOCUMENT, generated, StandardCharsets.UTF_8);
        }
        assertThat(committed).as("%s was out of date and has been rewritten from the code: commit it", API_DOCUMENT)
                .isEqualTo(generated);
    }

    private String apiDocument() {
        StringBuilder out = new StringBuilder("""
                # Module APIs

                Generated from the code by `ModularityTests` (do not edit by hand: the test rewrites this file and fails
                when it differs). A module's public API is what other modules may use: the public types of its root
                package and its named interfaces; everything else sits in its sub-packages. "May use" lists the
                dependencies declared in the module's `package-info.java` (`allowedDependencies`), which
                `ModularityTests` enforces.

                | module | public API | named interfaces | may use |
                |---|---|---|---|
                """);
        modules.stream().sorted(Comparator.comparing(m -> m.getIdentifier().toString())).forEach(module -> out
                .append("| `").append(module.getIdentifier()).append("` ").append(module.getDisplayName())
                .append(" | ").append(rootApi(module))
                .append(" | ").append(namedInterfaces(module))
                .append(" | ").append(allowed(module)).append(" |\n"));
        return out.toString();
    }

    private static String rootApi(ApplicationModule module) {
        return module.getNamedInterfaces().stream().filter(NamedInterface::isUnnamed)
                .flatMap(NamedInterface::asJavaClasses).filter(ModularityTests::topLevelPublic)
                .map(JavaClass::getSimpleName).sorted().distinct().collect(Collectors.joining(", "));
    }

    private static String namedInterfaces(ApplicationModule module) {
        return module.getNamedInterfaces().stream().filter(NamedInterface::isNamed)
                .map(named -> named.getName() + ": " + named.asJavaClasses().filter(ModularityTests::topLevelPublic)
                        .map(JavaClass::getSimpleName).sorted().distinct().collect(Collectors.joining(", ")))
                .sorted().collect(Collectors.joining("; "));
    }

    private String allowed(ApplicationModule module) {
        return module.getAllowedDependencies(modules).stream().map(Object::toString).sorted()
                .collect(Collectors.joining(", "));
    }

    private static boolean topLevelPublic(JavaClass type) {
        return type.getModifiers().contains(JavaModifier.PUBLIC) && type.isTopLevelClass();
    }
}
