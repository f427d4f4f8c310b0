package org.acredita;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The few rules that keep isolation in one place. */
class ArchitectureRulesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.acredita");

    @Test
    void pagesAndApiGoThroughTheCheckedServices() {
        noClasses().that().resideInAnyPackage("..web..", "..api..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .because("access checks live in the services; adapters must not query around them")
                .check(classes);
    }

    @Test
    void onlyTheRequestFilterSetsTheScope() {
        noClasses().that().resideOutsideOfPackages("org.acredita.access..", "org.acredita.identity.security..")
                .should().callMethod(org.acredita.access.CurrentScope.class, "set", org.acredita.access.AccessScope.class)
                .orShould().callMethod(org.acredita.access.CurrentScope.class, "clear")
                .because("a scope is computed once per request; other code states it with runAs")
                .check(classes);
    }

    @Test
    void onlyTheAccessModuleTouchesConnectionSettings() {
        noClasses().that().resideOutsideOfPackage("org.acredita.access..")
                .should().dependOnClassesThat().haveSimpleName("ScopedDataSource")
                .check(classes);
    }
}
