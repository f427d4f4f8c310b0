package org.acredita.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.standards.bench.StandardsBenchmark.ManualGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmarks' large accreditation file: a generated bilingual manual of 460 standards imported and published, a
 * state police force in self-assessment whose file is pinned to it (460 applicable standards, mixed workflow
 * statuses) and 5,520 proofs (4 cycle years × 3 × 460) written with SQL, since the setup is not what is measured.
 */
public record LargeFiles(String agency, String file, String edition, String run) {

    public static final int STANDARDS = 460;

    public static LargeFiles withFourYearsOfProofs(int port, JdbcClient jdbc, String prefix) {
        AppClient body = AppClient.signedIn(port, "calea.pm");
        body.get("/profile");
        String run = Long.toString(System.currentTimeMillis() % 100000, 36).toUpperCase();
        AppClient.Response imported = body.upload("/api/v1/manuals/imports", "manual.json",
                ManualGenerator.manual(prefix + run, "2026", STANDARDS, 10, 7), false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String edition = imported.body().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
        assertThat(body.sendJson("POST", "/api/v1/manuals/" + edition + "/publish", "", true).status()).isEqualTo(200);

        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/profile");
        String agency = admin.sendJson("POST", "/api/v1/organisations", "{\"kind\":\"AGENCY\",\"name\":\"Policía "
                + "Estatal de Prueba " + run + "\",\"stateCode\":\"14\"}", true).body()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        admin.sendJson("PUT", "/api/v1/agencies/" + agency + "/profile", """
                {"kind":"LAW_ENFORCEMENT","level":"STATE","stateCode":"14","swornPersonnel":2400,"civilianPersonnel":300,
                 "populationServed":2500000,"functions":[],"chiefExecutive":"Cmdte. Prueba"}""", true);
        admin.sendJson("POST", "/api/v1/agencies/" + agency + "/enrolments", "{\"programme\":\"LAW_ENFORCEMENT\"}", true);
        for (String phase : new String[] {"CONTACTED", "INVITED", "COMMITTED", "READINESS_ASSESSMENT",
            "SELF_ASSESSMENT"}) {
            admin.sendJson("POST", "/api/v1/agencies/" + agency + "/transitions", "{\"to\":\"" + phase
                    + "\",\"agreementDate\":\"2023-02-01\"}", true);
        }
        String file = admin.getJson("/api/v1/agencies/" + agency + "/accreditation-files").body()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        AppClient.Response pinned = body.sendJson("PUT", "/api/v1/accreditation-files/" + file,
                "{\"manualId\":\"" + edition + "\",\"tier\":\"ADVANCED\"}", true);
        assertThat(pinned.status()).as(pinned.body()).isEqualTo(200);

        int proofs = CurrentScope.runAs(AccessScope.SYSTEM, () -> {
            jdbc.sql("""
                    update file_standard set status = (array['NOT_STARTED','IN_PROGRESS','READY_FOR_REVIEW',
                        'IN_COMPLIANCE','IN_COMPLIANCE','RETURNED'])[1 + (sort_key[3] % 6)]
                    where file_id = ?::uuid""").param(file).update();
            return jdbc.sql("""
                    insert into proof (id, file_id, agency_id, number, kind, title, note, document_date, cycle_year,
                        created_by_name)
                    select gen_random_uuid(), fs.file_id, fs.agency_id, fs.number, 'NOTE',
                        'Informe ' || fs.number || ' año ' || y || ' núm. ' || k, 'Registro de supervisión firmado.',
                        date '2023-02-01' + (y - 1) * 365 + k * 30, y, 'Prueba'
                    from file_standard fs, generate_series(1, 4) y, generate_series(1, 3) k
                    where fs.file_id = ?::uuid""").param(file).update();
        });
        assertThat(proofs).isEqualTo(STANDARDS * 12);
        return new LargeFiles(agency, file, edition, run);
    }
}
