package org.acredita.personnel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15 §8: a roster of 30,000 people imports in under 10 s. Run on demand:
 * <pre>./mvnw -B -Pbenchmark verify -Dtest=RosterBenchmark</pre>
 * Times, through the API as the C5's manager, a warm-up import of 300 people, the first import of 30,000 (all
 * new, 40 units, 9 ranks), its preview again (nothing to change), and a re-import in which 3,000 change unit and
 * 1,000 are left out (separated); wall time of each request measured by the client over loopback.
 */
@Tag("benchmark")
@AcreditaIntegrationTest
public class RosterBenchmark {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thirtyThousandPeopleImportUnderTenSeconds() {
        UUID c5 = DemoOrganisations.c5(jdbc);
        AppClient manager = AppClient.signedIn(port, "gerente.c5");
        manager.get("/profile");
        String imports = "/api/v1/agencies/" + c5 + "/personnel/imports";
        StringBuilder report = new StringBuilder("\n==== Personnel roster benchmark (issue 15 §8) ====\n");

        time(report, manager, imports, "warm-up import of 300 people", roster(300, 0, 0, "W"), 201);
        byte[] first = roster(30_000, 0, 0, "B");
        time(report, manager, imports, String.format("first import of 30,000 people (%,d bytes)", first.length), first,
                201);
        time(report, manager, imports + "?preview=true", "preview of the same file (no change)", first, 200);
        time(report, manager, imports, "re-import: 3,000 change unit, 1,000 separated", roster(30_000, 3_000, 1_000, "B"),
                201);
        System.out.println(report);
    }

    private static void time(StringBuilder report, AppClient client, String path, String what, byte[] file, int status) {
        long start = System.nanoTime();
        AppClient.Response response = client.upload(path, "padron.csv", file, false);
        double ms = (System.nanoTime() - start) / 1e6;
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        report.append(String.format("%-60s %,10.0f ms%n", what, ms));
    }

    /** {@code people} rows; the first {@code moved} in another unit, the last {@code left} left out. */
    private static byte[] roster(int people, int moved, int left, String prefix) {
        String[] ranks = {"Policía", "Policía Tercero", "Policía Segundo", "Policía Primero", "Suboficial", "Oficial",
            "Inspector", "Inspector Jefe", "Comisario"};
        StringBuilder out = new StringBuilder("numero_empleado,nombre,grado,unidad,puesto,estado,correo,telefono\r\n");
        for (int i = 0; i < people - left; i++) {
            int unit = (i + (i < moved ? 1 : 0)) % 40;
            out.append(prefix).append(i).append(",Persona Apellido ").append(i).append(',').append(ranks[i % 9])
                    .append(",Unidad ").append(unit).append(",Policía de proximidad,activo,p").append(i)
                    .append("@policia.example.mx,442 555 ").append(String.format("%04d", i % 10_000)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
