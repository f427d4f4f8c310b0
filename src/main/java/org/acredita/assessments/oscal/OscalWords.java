package org.acredita.assessments.oscal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.acredita.identity.SupportedLocales;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The documents' own words in both of the product's languages, Spanish first ("es / en", as the API's descriptions
 * are written): an OSCAL document is read by tools and people of either language and has one field per text.
 */
@Component
class OscalWords {

    private static final Locale SPANISH = SupportedLocales.DEFAULT;
    private static final Locale ENGLISH = Locale.forLanguageTag(SupportedLocales.ENGLISH);

    private final MessageSource messages;

    OscalWords(MessageSource messages) {
        this.messages = messages;
    }

    String both(String key, Object... arguments) {
        String es = messages.getMessage(key, arguments, SPANISH);
        String en = messages.getMessage(key, arguments, ENGLISH);
        return es.equals(en) ? es : es + " / " + en;
    }

    /** The same, the first arguments being words of the bundles (a kind, a verdict) in each language. */
    String withWords(String key, List<String> wordKeys, Object... rest) {
        String es = messages.getMessage(key, arguments(wordKeys, SPANISH, rest), SPANISH);
        String en = messages.getMessage(key, arguments(wordKeys, ENGLISH, rest), ENGLISH);
        return es.equals(en) ? es : es + " / " + en;
    }

    String withWord(String key, String wordKey, Object... rest) {
        return withWords(key, List.of(wordKey), rest);
    }

    private Object[] arguments(List<String> wordKeys, Locale locale, Object[] rest) {
        List<Object> all = new ArrayList<>();
        wordKeys.forEach(wordKey -> all.add(messages.getMessage(wordKey, null, locale)));
        all.addAll(Arrays.asList(rest));
        return all.toArray();
    }
}
