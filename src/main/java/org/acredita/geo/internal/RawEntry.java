package org.acredita.geo.internal;

/**
 * One element of INEGI's list as the file holds it, before any check. Each value is what the JSON said:
 * a String, a Number, a Boolean, {@link #COMPOSITE} for an object or array, or null when absent or null.
 *
 * @param index the element's position in the list, for JSON pointers
 */
public record RawEntry(int index, Object stateCode, Object code, Object name, Object population) {

    /** Stands for a value that is an object or an array where INEGI puts a single value. */
    public static final Object COMPOSITE = new Object() {
        @Override
        public String toString() {
            return "{…}";
        }
    };

    /** INEGI's member names in its catalogue of municipalities. */
    public static final String STATE_CODE = "cve_entidad";
    public static final String CODE = "cve_completa";
    public static final String NAME = "nom_municipio";
    public static final String POPULATION = "poblacion_total";

    public String pointer(String member) {
        return "/" + index + "/" + member;
    }
}
