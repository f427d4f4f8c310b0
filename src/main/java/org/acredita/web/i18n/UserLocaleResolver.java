package org.acredita.web.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.acredita.identity.CurrentUser;
import org.acredita.identity.SupportedLocales;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language of a request: {@code ?lang=} in the URL for that request only, so a link can
 * name its language; otherwise a signed-in user's saved choice; otherwise the language cookie set on
 * the sign-in page; otherwise the browser's Accept-Language when it is English; otherwise Spanish.
 */
@Component("localeResolver")
class UserLocaleResolver implements LocaleResolver {

    static final String COOKIE = "ACREDITA_LANG";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return asked(request).map(Locale::forLanguageTag)
                .or(() -> CurrentUser.of(request).map(user -> user.preferredLocale()))
                .or(() -> cookie(request).flatMap(SupportedLocales::match).map(Locale::forLanguageTag))
                .or(() -> SupportedLocales.match(request.getHeader("Accept-Language")).map(Locale::forLanguageTag))
                .orElse(SupportedLocales.DEFAULT);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Cookie cookie = new Cookie(COOKIE, locale == null ? "" : locale.toLanguageTag());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(locale == null ? 0 : 365 * 24 * 3600);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** From the URL's query only: a form's own {@code lang} field (the language switch) is not a request for a language. */
    private static Optional<String> asked(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || !query.contains("lang=")) {
            return Optional.empty();
        }
        return Optional.ofNullable(UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst("lang"))
                .flatMap(SupportedLocales::match);
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst();
    }
}
