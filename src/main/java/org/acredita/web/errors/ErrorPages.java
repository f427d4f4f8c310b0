package org.acredita.web.errors;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.acredita.web.ui.UiAdvice;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Decides whether a refusal goes to a person (an error page) or a program (problem details). */
@Component
class ErrorPages {

    private final UiAdvice ui;

    ErrorPages(UiAdvice ui) {
        this.ui = ui;
    }

    boolean isPage(HttpServletRequest request) {
        String path = (String) request.getAttribute("jakarta.servlet.error.request_uri");
        if (path == null) {
            path = request.getRequestURI();
        }
        if (path.startsWith(request.getContextPath() + "/api/") || path.startsWith(request.getContextPath() + "/v3/")
                || path.startsWith(request.getContextPath() + "/actuator/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept == null || accept.contains(MediaType.TEXT_HTML_VALUE) || accept.contains("*/*");
    }

    ModelAndView render(HttpServletRequest request, ProblemDetail problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("ui", ui.forRequest(request));
        model.put("status", problem.getStatus());
        model.put("title", problem.getTitle());
        model.put("detail", problem.getDetail());
        ModelAndView page = new ModelAndView("error/page", model);
        page.setStatus(HttpStatus.valueOf(problem.getStatus()));
        return page;
    }
}
