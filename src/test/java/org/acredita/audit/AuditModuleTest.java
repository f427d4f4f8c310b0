package org.acredita.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The audit module on its own with {@code access} (its one dependency): one small context and embedded
 * PostgreSQL, migrated by Flyway, that every audit test class shares. {@code access} is named because
 * Modulith bootstraps only modules whose beans are injected, and access's scoped data source (row-level
 * security settings on every connection) is a post-processor nobody injects.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "access")
@interface AuditModuleTest {
}
