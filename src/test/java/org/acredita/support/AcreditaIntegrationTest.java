package org.acredita.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one application context the integration and browser tests share (one embedded PostgreSQL per
 * test JVM, with the demo data). Keep it free of extra properties so the context cache reuses it. It counts
 * the SQL each request sends ({@link SqlCounter}), for the statement budgets, and its clock is one a test may move
 * ({@link MovableClock}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({SqlCounter.Wiring.class, MovableClock.Wiring.class})
public @interface AcreditaIntegrationTest {
}
