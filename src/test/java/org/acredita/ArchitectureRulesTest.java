package org.acredita;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

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

    @Test
    void noTransactionIsOpenWhileAStreamIsRead() {
        noMethods().that().areAnnotatedWith(Transactional.class)
                .should(takeAStream())
                .because("a transaction holds a pooled connection: uploads and archives are read, stored and their"
                        + " text extracted first, then recorded in a short transaction (decision 0011)")
                .check(classes);
    }

    private static ArchCondition<JavaMethod> takeAStream() {
        return new ArchCondition<>("take a stream or an upload") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                method.getRawParameterTypes().stream()
                        .filter(type -> type.isAssignableTo(InputStream.class)
                                || type.isAssignableTo("org.springframework.web.multipart.MultipartFile"))
                        .forEach(type -> events.add(SimpleConditionEvent.satisfied(method,
                                method.getFullName() + " takes " + type.getName())));
            }
        };
    }
}
