package org.acredita.personnel.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a roster file, in the order the template lists them. A header is recognised in Spanish or
 * English, with or without accents, spaces or capitals ("Número de empleado", "employee_number").
 */
public enum RosterColumn {
    EMPLOYEE_NUMBER("numero_empleado", "employee_number", true, 40, "numero_de_empleado", "no_empleado",
            "num_empleado", "employee_no"),
    NAME("nombre", "name", true, 200, "nombre_completo", "full_name"),
    RANK("grado", "rank", true, 120, "rango", "jerarquia"),
    UNIT("unidad", "unit", true, 120, "adscripcion", "area"),
    POSITION("puesto", "position", false, 120, "cargo"),
    STATUS("estado", "status", false, 40, "estatus", "situacion"),
    EMAIL("correo", "email", false, 254, "correo_electronico", "e_mail"),
    PHONE("telefono", "phone", false, 40, "celular", "telephone");

    private final String spanish;
    private final String english;
    private final boolean required;
    private final int maxLength;
    private final List<String> aliases;

    RosterColumn(String spanish, String english, boolean required, int maxLength, String... aliases) {
        this.spanish = spanish;
        this.english = english;
        this.required = required;
        this.maxLength = maxLength;
        this.aliases = List.of(aliases);
    }

    public String spanish() {
        return spanish;
    }

    public String english() {
        return english;
    }

    public boolean required() {
        return required;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The column a header names, if any. */
    static Optional<RosterColumn> named(String header) {
        String key = key(header);
        return Arrays.stream(values())
                .filter(c -> c.spanish.equals(key) || c.english.equals(key) || c.aliases.contains(key)).findFirst();
    }

    /** Lower case without accents, every run of other characters one underscore: how headers are compared. */
    static String key(String text) {
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
