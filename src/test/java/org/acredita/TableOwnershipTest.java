package org.acredita;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Modules talk through their APIs and published views, never through each other's tables: the SQL in a
 * module's sources names the shared foundation tables only when the module owns them (decision 0005).
 */
class TableOwnershipTest {

    private static final Map<String, String> OWNERS = Map.of(
            "organisation", "identity", "app_user", "identity", "role_grant", "identity",
            "agency_assignment", "identity", "access_token", "identity", "audit_event", "audit",
            "stored_file", "storage", "search_document", "search");

    private static final Path SOURCES = Path.of("src/main/java/org/acredita");

    @Test
    void noModuleQueriesAnotherModulesTables() throws IOException {
        Pattern sql = Pattern.compile("\\b(?:from|join|into|update)\\s+(" + String.join("|", OWNERS.keySet()) + ")\\b",
                Pattern.CASE_INSENSITIVE);
        List<String> trespasses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                Matcher match = sql.matcher(Files.readString(file));
                while (match.find()) {
                    String table = match.group(1).toLowerCase();
                    if (!OWNERS.get(table).equals(module)) {
                        trespasses.add(SOURCES.relativize(file) + " reads " + table + " of " + OWNERS.get(table));
                    }
                }
            }
        }
        assertThat(trespasses).as("SQL naming another module's table").isEmpty();
    }
}
