package org.acredita.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One in-process SMTP server (GreenMail) for the whole test JVM, started before the first application
 * context and pointed at by {@code spring.mail.host/port}. Set up here rather than per test class so the
 * shared context stays one context, with the same properties for every test.
 */
public final class TestMailServer implements EnvironmentPostProcessor {

    private static GreenMail server;

    public static synchronized GreenMail get() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            GreenMail started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
        }
        return server;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(new MapPropertySource("testMailServer", Map.of(
                "spring.mail.host", "127.0.0.1", "spring.mail.port", get().getSmtp().getPort())));
    }

    /** The messages received so far addressed to this address. */
    public static java.util.List<jakarta.mail.internet.MimeMessage> mailTo(String address) {
        return java.util.Arrays.stream(get().getReceivedMessages()).filter(message -> {
            try {
                return java.util.Arrays.stream(message.getRecipients(jakarta.mail.Message.RecipientType.TO))
                        .anyMatch(recipient -> recipient.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
