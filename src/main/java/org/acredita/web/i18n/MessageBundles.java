package org.acredita.web.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acredita.identity.SupportedLocales;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message bundle per module under {@code i18n/<module>/messages_es.properties} (Spanish, the
 * default) and {@code messages_en.properties}; a module adds its strings by adding its folder.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

    private static final Pattern MODULE = Pattern.compile(".*/i18n/([a-z0-9-]+)/messages_es\\.properties$");

    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(SupportedLocales.DEFAULT);
        source.setUseCodeAsDefaultMessage(false);
        source.setCacheSeconds(-1);
        return source;
    }

    static String[] basenames() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*/messages_es.properties");
            return Arrays.stream(resources).map(MessageBundles::basename).distinct().sorted().toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String basename(Resource resource) {
        try {
            Matcher matcher = MODULE.matcher(resource.getURL().toString());
            if (!matcher.matches()) {
                throw new IllegalStateException("Unexpected bundle " + resource);
            }
            return "classpath:i18n/" + matcher.group(1) + "/messages";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
