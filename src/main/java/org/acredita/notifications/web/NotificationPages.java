package org.acredita.notifications.web;

import java.util.Locale;
import java.util.UUID;
import org.acredita.notifications.internal.Notification;
import org.acredita.notifications.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's notifications, newest first. Marking read answers htmx with the updated row and
 * a plain form post with a redirect back to the list.
 */
@Controller
class NotificationPages {

    private final Notifications notifications;

    NotificationPages(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(Model model, Locale locale) {
        model.addAttribute("rows", notifications.mine(false).stream()
                .map(n -> new NotificationRow(n, notifications.message(n, locale))).toList());
        return "notifications/list";
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable("id") UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model, Locale locale) {
        Notification notification = notifications.markRead(id);
        if (htmx != null) {
            model.addAttribute("row", new NotificationRow(notification, notifications.message(notification, locale)));
            return "notifications/row";
        }
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String markAllRead(RedirectAttributes flash) {
        int marked = notifications.markAllRead();
        flash.addFlashAttribute("success", "notifications.allRead");
        flash.addFlashAttribute("successArgs", new Object[] {marked});
        return "redirect:/notifications";
    }

    /** Following a notification's link marks it read; only paths within Acredita are followed. */
    @GetMapping("/notifications/{id}/open")
    String open(@PathVariable("id") UUID id) {
        Notification notification = notifications.markRead(id);
        String link = notification.link();
        boolean local = link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
        return "redirect:" + (local ? link : "/notifications");
    }
}
