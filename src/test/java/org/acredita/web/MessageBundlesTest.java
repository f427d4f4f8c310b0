package org.acredita.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps Spanish and English in step: every key in both languages, every key a template or class asks
 * for exists, and templates hold no hard-coded user text.
 */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void everyModuleHasTheSameKeysInSpanishAndEnglish() throws IOException {
        try (Stream<Path> modules = Files.list(BUNDLES)) {
            for (Path module : modules.toList()) {
                Set<String> spanish = load(module.resolve("messages_es.properties")).stringPropertyNames();
                Set<String> english = load(module.resolve("messages_en.properties")).stringPropertyNames();
                assertThat(english).as("English keys of %s", module.getFileName()).containsExactlyInAnyOrderElementsOf(spanish);
            }
        }
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (Path file : bundleFiles()) {
            Properties properties = load(file);
            for (String key : properties.stringPropertyNames()) {
                assertThat(properties.getProperty(key)).as("%s in %s", key, file).isNotBlank();
            }
        }
    }

    @Test
    void everyLiteralKeyUsedInTemplatesAndCodeExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path file : bundleFiles()) {
            if (file.getFileName().toString().equals("messages_es.properties")) {
                known.addAll(load(file).stringPropertyNames());
            }
        }
        Pattern inTemplates = Pattern.compile("ui\\.t\\(\"([a-zA-Z0-9_.-]+)\"");
        Pattern inCode = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z0-9]+){1,5})\"");
        List<String> missing = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".jte")) {
            Matcher matcher = inTemplates.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!matcher.group(1).endsWith(".") && !known.contains(matcher.group(1))) {
                    missing.add(template + ": " + matcher.group(1));
                }
            }
        }
        for (Path source : files(SOURCES, ".java")) {
            String code = Files.readString(source);
            Matcher matcher = inCode.matcher(code);
            while (matcher.find()) {
                String key = matcher.group(1);
                boolean looksLikeKey = key.matches("(identity|storage|audit|setup|invitation|profile|organisation|user|language|login|security|error)\\..+");
                if (looksLikeKey && !known.contains(key) && !key.startsWith("identity.organisation.kind.")
                        && !key.matches("[a-z]+\\.(jdbc|mvc|datasource|web|servlet|security\\.core).*")) {
                    missing.add(source + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyAuditedActionAndTargetHasALabel() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path file : bundleFiles()) {
            if (file.getFileName().toString().equals("messages_es.properties")) {
                known.addAll(load(file).stringPropertyNames());
            }
        }
        Pattern recorded = Pattern.compile("\"([A-Z][A-Z_]+)\"(?: : \"([A-Z][A-Z_]+)\")?, \"([a-z_-]+)\"");
        List<String> missing = new ArrayList<>();
        for (Path source : files(SOURCES, ".java")) {
            String code = Files.readString(source);
            if (!code.contains("audit.record(")) {
                continue;
            }
            Matcher matcher = recorded.matcher(code);
            while (matcher.find()) {
                for (String action : new String[] {matcher.group(1), matcher.group(2)}) {
                    if (action != null && !known.contains("audit.action." + action)) {
                        missing.add(source + ": audit.action." + action);
                    }
                }
                if (!known.contains("audit.target." + matcher.group(3))) {
                    missing.add(source + ": audit.target." + matcher.group(3));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        Set<String> allowed = Set.of("Acredita", "·", "KB");
        List<String> offenders = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".jte")) {
            String text = withoutDirectives(Files.readString(template))
                    .replaceAll("(?s)@`|`\\)", " ")
                    .replaceAll("\\$\\{[^}]*}", " ")
                    .replaceAll("\\$unsafe\\{[^}]*}", " ")
                    .replaceAll("!\\{[^}]*}", " ")
                    .replaceAll("(?m)^\\s*@.*$", " ")
                    .replaceAll("@(else|endif|endfor)", " ")
                    .replaceAll("(?s)<[^>]*>", " ");
            for (String word : text.split("\\s+")) {
                if (word.matches(".*\\p{L}{2,}.*") && !allowed.contains(word)) {
                    offenders.add(template + ": " + word);
                }
            }
            Matcher attributes = Pattern.compile("(title|alt|aria-label|placeholder|data-confirm)=\"([^\"$]*\\p{Ll}{2,}[^\"]*)\"")
                    .matcher(Files.readString(template));
            while (attributes.find()) {
                offenders.add(template + ": " + attributes.group(0));
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** Removes jte directives with their (possibly nested) parenthesised Java expressions. */
    static String withoutDirectives(String template) {
        Matcher directive = Pattern.compile("@(if|elseif|for|template[.\\w]*)\\(").matcher(template);
        StringBuilder out = new StringBuilder();
        int position = 0;
        while (directive.find(position)) {
            out.append(template, position, directive.start());
            int depth = 1;
            int i = directive.end();
            while (i < template.length() && depth > 0) {
                char c = template.charAt(i++);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
            out.append(' ');
            position = i;
        }
        return out.append(template.substring(position)).toString();
    }

    private static List<Path> bundleFiles() throws IOException {
        return files(BUNDLES, ".properties");
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
