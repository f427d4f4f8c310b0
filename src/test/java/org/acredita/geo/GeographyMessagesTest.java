package org.acredita.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every "geo." key the module's code names exists in both languages, and every message with arguments
 * is a valid MessageFormat pattern (the shell's bundle test only knows the older modules' prefixes).
 */
class GeographyMessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n/geo");
    private static final Path SOURCES = Path.of("src/main/java/org/acredita/geo");

    @Test
    void everyKeyTheCodeNamesExistsInSpanishAndEnglish() throws IOException {
        Properties spanish = load("messages_es.properties");
        Properties english = load("messages_en.properties");
        Pattern key = Pattern.compile("\"(geo\\.[a-zA-Z0-9.]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(source));
                while (matcher.find()) {
                    for (Properties bundle : List.of(spanish, english)) {
                        if (!bundle.containsKey(matcher.group(1))) {
                            missing.add(source.getFileName() + ": " + matcher.group(1));
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void messagesWithArgumentsAreValidPatterns() throws IOException {
        for (String file : List.of("messages_es.properties", "messages_en.properties")) {
            Properties bundle = load(file);
            for (String name : bundle.stringPropertyNames()) {
                String message = bundle.getProperty(name);
                if (message.contains("{0")) {
                    String formatted = new MessageFormat(message, Locale.ROOT).format(new Object[] {1, 2, 3});
                    assertThat(formatted).as("%s in %s", name, file).doesNotContain("{");
                }
            }
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
