package org.acredita.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Mexico's 32 federal entities by INEGI code, for the state an organisation sits in. The full
 * geographic catalogue (municipalities) belongs to the agencies module when it arrives.
 */
public final class MexicanStates {

    public static final Map<String, String> BY_CODE;

    static {
        String[] names = {"Aguascalientes", "Baja California", "Baja California Sur", "Campeche",
            "Coahuila de Zaragoza", "Colima", "Chiapas", "Chihuahua", "Ciudad de México", "Durango", "Guanajuato",
            "Guerrero", "Hidalgo", "Jalisco", "México", "Michoacán de Ocampo", "Morelos", "Nayarit", "Nuevo León",
            "Oaxaca", "Puebla", "Querétaro", "Quintana Roo", "San Luis Potosí", "Sinaloa", "Sonora", "Tabasco",
            "Tamaulipas", "Tlaxcala", "Veracruz de Ignacio de la Llave", "Yucatán", "Zacatecas"};
        Map<String, String> byCode = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            byCode.put(String.format("%02d", i + 1), names[i]);
        }
        BY_CODE = java.util.Collections.unmodifiableMap(byCode);
    }

    private MexicanStates() {
    }

    public static String name(String code) {
        return code == null ? "" : BY_CODE.getOrDefault(code, code);
    }
}
