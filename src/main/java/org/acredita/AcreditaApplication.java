package org.acredita;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Acredita: one deployable, package by business module (see docs/architecture.md). */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AcreditaApplication {

    public static void main(String[] args) {
        SpringApplication.run(AcreditaApplication.class, args);
    }
}
