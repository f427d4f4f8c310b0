package org.acredita.audit;

import org.acredita.audit.internal.ChainReport;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.acredita.audit.internal.ChainReport.BrokenLink;
import org.junit.jupiter.api.Test;

class AuditMessagesTest {

    @Test
    void spanishAndEnglishHaveTheSameKeys() throws IOException {
        Properties spanish = bundle("es");
        Properties english = bundle("en");

        assertThat(spanish.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
        assertThat(spanish.values()).allSatisfy(label -> assertThat((String) label).isNotBlank());
        assertThat(english.values()).allSatisfy(label -> assertThat((String) label).isNotBlank());
    }

    @Test
    void everyVerificationReasonHasALabel() throws IOException {
        for (String reason : new String[] {BrokenLink.HASH_MISMATCH, BrokenLink.CHAIN_BREAK,
                BrokenLink.ANCHOR_MISMATCH}) {
            assertThat(bundle("es")).containsKey("audit.verification.reason." + reason);
        }
        assertThat(bundle("es").getProperty("audit.title")).isEqualTo("Bitácora de auditoría");
    }

    private static Properties bundle(String language) throws IOException {
        var properties = new Properties();
        try (var in = AuditMessagesTest.class.getResourceAsStream("/i18n/audit/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
