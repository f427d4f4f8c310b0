package org.acredita.web.input;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query parameter or form field (multipart fields included) holding a control character, once
 * for every page and API, before any controller runs. It answers through the error page, which is in the
 * reader's language and tells a page from a program; it runs after the security filters, so the signed-in
 * user's language is known. Parameters are those the container parsed anyway (the CSRF check reads them
 * too); the body of a file upload is never read here, and a JSON body is checked by {@link InputJackson}.
 */
@Component
public class ControlCharacterFilter extends OncePerRequestFilter {

    /** The request attribute naming the refused field, for the error page. */
    public static final String REFUSED_FIELD = ControlCharacterFilter.class.getName() + ".field";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (refused(parameter)) {
                request.setAttribute(REFUSED_FIELD, printable(parameter.getKey()));
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean refused(Map.Entry<String, String[]> parameter) {
        if (InputRules.hasControlCharacter(parameter.getKey())) {
            return true;
        }
        for (String value : parameter.getValue()) {
            if (value != null && InputRules.hasControlCharacter(value)) {
                return true;
            }
        }
        return false;
    }

    /** The field's name as it may be shown back: its own control characters as "?". */
    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }
}
