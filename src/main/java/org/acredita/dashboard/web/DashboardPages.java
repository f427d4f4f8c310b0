package org.acredita.dashboard.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.acredita.agencies.AgencyKind;
import org.acredita.agencies.Phase;
import org.acredita.dashboard.internal.Dashboard;
import org.acredita.dashboard.internal.Filter;
import org.acredita.dashboard.internal.ProgrammeDashboard;
import java.util.Locale;
import org.acredita.geo.Geography;
import org.acredita.programmes.Programmes;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The programme dashboard page, its drill-down to agencies and the spreadsheet exports. */
@Controller
class DashboardPages {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ProgrammeDashboard dashboards;
    private final Programmes programmes;
    private final MessageSource messages;
    private final Geography geography;

    DashboardPages(ProgrammeDashboard dashboards, Programmes programmes, MessageSource messages,
            Geography geography) {
        this.dashboards = dashboards;
        this.programmes = programmes;
        this.messages = messages;
        this.geography = geography;
    }

    @GetMapping("/programmes/{id}/dashboard")
    String dashboard(@PathVariable("id") UUID id, @RequestParam(name = "map", required = false) String map,
            Model model) {
        Dashboard dashboard = dashboards.of(id);
        model.addAttribute("mapByReadiness", "readiness".equals(map));
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("chart", GoalChart.of(dashboard.accreditedOverTime(), dashboard.goal()));
        model.addAttribute("attention", dashboard.attention());
        return "dashboard/dashboard";
    }

    @GetMapping("/programmes/{id}/dashboard/agencies")
    String agencies(@PathVariable("id") UUID id, @RequestParam(name = "phase", required = false) Phase phase,
            @RequestParam(name = "kind", required = false) AgencyKind kind,
            @RequestParam(name = "state", required = false) String state, Model model) {
        Filter filter = new Filter(phase, kind, state == null || state.isBlank() ? null : state);
        model.addAttribute("rows", dashboards.agencies(id, filter));
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("filter", filter);
        return "dashboard/agencies";
    }

    @GetMapping("/programmes/{id}/dashboard/export.xlsx")
    void xlsx(@PathVariable("id") UUID id, @RequestParam(name = "phase", required = false) Phase phase,
            @RequestParam(name = "kind", required = false) AgencyKind kind,
            @RequestParam(name = "state", required = false) String state, Locale locale,
            HttpServletResponse response) throws IOException {
        var rows = dashboards.agencies(id, new Filter(phase, kind, state == null || state.isBlank() ? null : state));
        download(response, XLSX, labels(locale).t("dashboard.export.file") + ".xlsx");
        DashboardExport.xlsx(rows, labels(locale), response.getOutputStream());
    }

    @GetMapping("/programmes/{id}/dashboard/export.csv")
    void csv(@PathVariable("id") UUID id, @RequestParam(name = "phase", required = false) Phase phase,
            @RequestParam(name = "kind", required = false) AgencyKind kind,
            @RequestParam(name = "state", required = false) String state, Locale locale,
            HttpServletResponse response) throws IOException {
        var rows = dashboards.agencies(id, new Filter(phase, kind, state == null || state.isBlank() ? null : state));
        download(response, "text/csv;charset=UTF-8", labels(locale).t("dashboard.export.file") + ".csv");
        DashboardExport.csv(rows, labels(locale), response.getOutputStream());
    }

    private DashboardExport.Labels labels(Locale locale) {
        java.util.Map<String, String> states = geography.states().stream().collect(java.util.stream.Collectors
                .toMap(org.acredita.geo.MexicanState::code, org.acredita.geo.MexicanState::name));
        return new DashboardExport.Labels() {
            @Override
            public String t(String key) {
                return messages.getMessage(key, null, locale);
            }

            @Override
            public String stateName(String code) {
                return states.getOrDefault(code, code);
            }
        };
    }

    private static void download(HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
