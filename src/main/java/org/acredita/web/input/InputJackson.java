package org.acredita.web.input;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The same rules for JSON bodies: every string (record fields, lists, nested objects) and every date read by
 * the application's JSON mapper goes through {@link InputRules}. A refusal carries its JSON path to the
 * problem details ({@code field}).
 */
@Component
public class InputJackson extends SimpleModule {

    public InputJackson() {
        super("acredita-input");
        addDeserializer(String.class, new CheckedString());
        addDeserializer(LocalDate.class, new CheckedDate());
    }

    private static final class CheckedString extends StdScalarDeserializer<String> {

        CheckedString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            return InputRules.checkText(StringDeserializer.instance.deserialize(p, ctxt));
        }
    }

    private static final class CheckedDate extends StdScalarDeserializer<LocalDate> {

        CheckedDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            return InputRules.checkDate(LocalDateDeserializer.INSTANCE.deserialize(p, ctxt));
        }
    }
}
