package org.acredita.web.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.acredita.web.input.ControlCharacterFilter;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Errors raised outside the controllers (unknown paths, refused forms, failures): the same page or
 * problem details as everywhere else, in the user's language.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final MessageSource messages;
    private final ErrorPages pages;

    ErrorPageController(MessageSource messages, ErrorPages pages) {
        this.messages = messages;
        this.pages = pages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String key = switch (status.value()) {
            case 400 -> "error.malformed";
            case 403 -> "error.forbiddenOrExpired";
            case 404 -> "error.notFound";
            case 405 -> "error.method";
            case 413 -> "error.tooLarge";
            default -> status.is4xxClientError() ? "error.malformed" : "error.internal";
        };
        var locale = RequestContextUtils.getLocale(request);
        Object refusedField = request.getAttribute(ControlCharacterFilter.REFUSED_FIELD);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusedField == null
                ? messages.getMessage(key, null, locale)
                : messages.getMessage("error.input.control", new Object[] {refusedField}, locale));
        if (refusedField != null) {
            problem.setProperty("field", refusedField);
        }
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null,
                messages.getMessage("problem.title.500", null, locale), locale));
        if (pages.isPage(request)) {
            return pages.render(request, problem);
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
