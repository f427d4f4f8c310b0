package org.acredita.personnel.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.acredita.database.DemoSeed;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.personnel.Rosters;
import org.acredita.personnel.internal.RosterEditing;
import org.acredita.personnel.internal.RosterImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo police force's roster: 300 fictitious people in 8 units with the ranks of a Mexican municipal police,
 * drawn from a fixed seed (the same people on every start) and imported as a CSV through the import itself.
 */
@Component
class DemoRoster implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoRoster.class);
    static final int PEOPLE = 300;
    /** Most junior first, with how many in a hundred hold each. */
    static final List<String> RANKS = List.of("Policía", "Policía Tercero", "Policía Segundo", "Policía Primero",
            "Suboficial", "Oficial", "Inspector", "Inspector Jefe", "Comisario");
    private static final int[] RANK_SHARE = {46, 16, 12, 9, 7, 5, 3, 1, 1};
    static final List<String> UNITS = List.of("Dirección General", "Proximidad Social Sector Centro",
            "Proximidad Social Sector Norte", "Proximidad Social Sector Sur", "Tránsito y Vialidad",
            "Unidad de Análisis e Inteligencia", "Asuntos Internos", "Academia y Profesionalización");
    private static final List<String> GIVEN = List.of("José", "Juan", "Luis", "Carlos", "Miguel Ángel", "Jorge",
            "Francisco", "Alejandro", "Ricardo", "Fernando", "Roberto", "Eduardo", "Sergio", "Arturo", "Raúl",
            "María", "Guadalupe", "Ana Laura", "Verónica", "Patricia", "Alejandra", "Gabriela", "Leticia", "Rosa María",
            "Adriana", "Claudia", "Mariana", "Daniela", "Karla", "Itzel", "Citlali", "Ximena");
    private static final List<String> SURNAMES = List.of("Hernández", "García", "Martínez", "López", "González",
            "Pérez", "Rodríguez", "Sánchez", "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Jiménez",
            "Reyes", "Díaz", "Torres", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo",
            "Romero", "Álvarez", "Méndez", "Chávez", "Rivera", "Juárez", "Ramos", "Domínguez", "Herrera", "Medina",
            "Castro", "Vargas", "Guzmán", "Velázquez", "Rojas", "Salinas", "Olvera", "Ugalde", "Reséndiz");
    private static final List<String> POSITIONS = List.of("Policía de proximidad", "Patrullero", "Jefe de turno",
            "Analista", "Agente de tránsito", "Instructor", "Investigador", "Enlace administrativo");

    private final Rosters rosters;
    private final RosterEditing editing;
    private final RosterImports imports;
    private final Organisations organisations;

    DemoRoster(Rosters rosters, RosterEditing editing, RosterImports imports, Organisations organisations) {
        this.rosters = rosters;
        this.editing = editing;
        this.imports = imports;
        this.organisations = organisations;
    }

    @Override
    public String name() {
        return "personnel.roster";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.organisations-and-people");
    }

    @Override
    public void seed() {
        Organisation police = organisations.agencyNamed("Querétaro").orElse(null);
        if (police == null || !rosters.ranks(police.id()).isEmpty()) {
            return;
        }
        // Ranks first, in order, so the list keeps their seniority; the import adds the units.
        RANKS.forEach(rank -> editing.addRank(police.id(), rank));
        imports.importNow(police.id(), "padron-demo.csv", csv(PEOPLE, 15));
        log.info("Padrón de demostración creado ({} personas) / Demo roster seeded", PEOPLE);
    }

    /** A roster of {@code people} fictitious people, the same for the same seed. */
    static byte[] csv(int people, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder("numero_empleado,nombre,grado,unidad,puesto,estado,correo,telefono\r\n");
        for (int i = 1; i <= people; i++) {
            String given = GIVEN.get(random.nextInt(GIVEN.size()));
            String first = SURNAMES.get(random.nextInt(SURNAMES.size()));
            String second = SURNAMES.get(random.nextInt(SURNAMES.size()));
            int roll = random.nextInt(100);
            int rank = 0;
            for (int share = RANK_SHARE[0]; roll >= share; share += RANK_SHARE[++rank]) {
                // walk up the ranks until the roll falls within one's share
            }
            String status = random.nextInt(40) == 0 ? "licencia" : "activo";
            boolean hasPhone = random.nextInt(3) > 0;
            out.append("QRO-").append(String.format("%05d", 1000 + i)).append(',')
                    .append(given).append(' ').append(first).append(' ').append(second).append(',')
                    .append(RANKS.get(rank)).append(',')
                    .append(UNITS.get(i <= 8 ? i - 1 : random.nextInt(UNITS.size()))).append(',')
                    .append(POSITIONS.get(random.nextInt(POSITIONS.size()))).append(',')
                    .append(status).append(',')
                    .append(random.nextInt(4) == 0 ? "" : "empleado" + (1000 + i) + "@policia.example.mx").append(',')
                    .append(hasPhone ? String.format("442 %03d %04d", random.nextInt(1000), random.nextInt(10000)) : "")
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
