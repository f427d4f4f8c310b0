package org.acredita.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.acredita.identity.SupportedLocales;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details from the security filters (which run before Spring MVC's error
 * handling), in the language the client asked for.
 */
@Component
class ProblemWriter {

    private final MessageSource messages;
    private final JsonMapper json;

    ProblemWriter(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey)
            throws IOException {
        Locale locale = SupportedLocales.match(request.getHeader("Accept-Language"))
                .map(Locale::forLanguageTag).orElse(SupportedLocales.DEFAULT);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage("problem.title." + status, null, locale));
        problem.setDetail(messages.getMessage(messageKey, null, locale));
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        json.writeValue(response.getOutputStream(), problem);
    }
}
