package org.acredita.geo;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.acredita.web.ui.UiAdvice;
import org.springframework.mock.web.MockHttpServletRequest;

/** Renders the map component alone, as a page that includes it would, for tests and screenshots. */
public final class MexicoMapRendering {

    private MexicoMapRendering() {
    }

    public static String render(TemplateEngine jte, UiAdvice ui, Locale locale, Map<String, Long> values,
            String legendTitle, String drillDown) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addPreferredLocale(locale);
        Map<String, Object> params = new HashMap<>();
        params.put("ui", ui.forRequest(request));
        params.put("values", values);
        params.put("legendTitle", legendTitle);
        params.put("drillDown", drillDown);
        StringOutput out = new StringOutput();
        jte.render("geo/mexicoMap.jte", params, out);
        return out.toString();
    }
}
