package org.acredita.notifications.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Writes a notification's e-mail in the recipient's language: plain text and simple HTML, with its link. */
@Component
class MailComposer {

    private final NotificationText text;
    private final String from;
    private final String baseUrl;

    MailComposer(NotificationText text, @Value("${acredita.mail.from:Acredita <no-reply@localhost>}") String from,
            @Value("${acredita.base-url:http://localhost:${server.port:8080}}") String baseUrl) {
        this.text = text;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void fill(MimeMessage message, PendingMail mail) throws MessagingException {
        String subject = text.title(mail.kind(), mail.parameters(), mail.locale());
        String body = text.message(mail.kind(), mail.parameters(), mail.locale());
        String link = baseUrl + (mail.link() == null ? "/notifications" : mail.link());
        String all = baseUrl + "/notifications";
        String open = text.t("notifications.mail.open", mail.locale());
        String footer = text.t("notifications.mail.footer", mail.locale());
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.to());
        helper.setSubject("Acredita · " + subject);
        String plain = body + "\n\n" + open + ": " + link + "\n\n-- \n" + footer + "\n" + all + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + mail.locale().toLanguageTag() + "\"><body>"
                + "<p>" + escape(body) + "</p><p><a href=\"" + escape(link) + "\">" + escape(open) + "</a></p>"
                + "<hr><p style=\"color:#666;font-size:small\">" + escape(footer) + " <a href=\"" + escape(all)
                + "\">" + escape(all) + "</a></p></body></html>";
        helper.setText(plain, html);
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
