package org.acredita.web.errors;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.acredita.access.ForbiddenException;
import org.acredita.access.NotFoundException;
import org.acredita.access.RuleViolation;
import org.acredita.storage.FileTooLargeException;
import org.acredita.web.input.RefusedValue;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.core.JacksonException;

/**
 * Turns refusals into answers in the caller's language: RFC 9457 problem details for the API,
 * the error page for people. Messages never reveal whether a foreign resource exists.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusalAdvice {

    private final MessageSource messages;
    private final ErrorPages pages;

    RefusalAdvice(MessageSource messages, ErrorPages pages) {
        this.messages = messages;
        this.pages = pages;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    Object notFound(HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "error.notFound", null);
    }

    @ExceptionHandler(ForbiddenException.class)
    Object forbidden(HttpServletRequest request, ForbiddenException refusal) {
        return answer(request, HttpStatus.FORBIDDEN,
                refusal.messageKey() == null ? "error.forbidden" : refusal.messageKey(), null);
    }

    @ExceptionHandler(RuleViolation.class)
    Object violation(HttpServletRequest request, RuleViolation violation) {
        ProblemDetail problem = problem(request, HttpStatus.BAD_REQUEST,
                messages.getMessage(violation.messageKey(), violation.arguments(), locale(request)));
        if (violation.field() != null) {
            problem.setProperty("field", violation.field());
        }
        return pages.isPage(request) ? pages.render(request, problem) : problem;
    }

    /** Values a module refused while parsing a request (e.g. a page size out of range). */
    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, IllegalArgumentException.class,
            org.springframework.web.multipart.MultipartException.class})
    Object malformed(HttpServletRequest request, Exception exception) {
        RefusedValue refused = refusedValue(exception);
        if (refused == null) {
            return answer(request, HttpStatus.BAD_REQUEST, "error.malformed", null);
        }
        String field = fieldOf(exception);
        Object[] arguments = new Object[refused.arguments().length + 1];
        arguments[0] = field;
        System.arraycopy(refused.arguments(), 0, arguments, 1, refused.arguments().length);
        ProblemDetail problem = problem(request, HttpStatus.BAD_REQUEST,
                messages.getMessage(refused.messageKey(), arguments, locale(request)));
        problem.setProperty("field", field);
        return pages.isPage(request) ? pages.render(request, problem) : problem;
    }

    /** The boundary's refusal behind a conversion or JSON error, if that is what it is. */
    private static RefusedValue refusedValue(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedValue refused) {
                return refused;
            }
        }
        return null;
    }

    /** The parameter's name, or the JSON path ("name.es", "items[2].title") of the refused value. */
    private static String fieldOf(Throwable exception) {
        if (exception instanceof MethodArgumentTypeMismatchException mismatch) {
            return mismatch.getName();
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference step : json.getPath()) {
                    if (step.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
                    } else if (step.getIndex() >= 0) {
                        path.append('[').append(step.getIndex()).append(']');
                    }
                }
                return path.toString();
            }
        }
        return "?";
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpServletRequest request) {
        return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.mediaType", null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpServletRequest request) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "error.method", null);
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class, FileTooLargeException.class})
    Object tooLarge(HttpServletRequest request) {
        return answer(request, HttpStatus.CONTENT_TOO_LARGE, "error.tooLarge", null);
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String key, Object[] arguments) {
        ProblemDetail problem = problem(request, status, messages.getMessage(key, arguments, locale(request)));
        return pages.isPage(request) ? pages.render(request, problem) : problem;
    }

    private ProblemDetail problem(HttpServletRequest request, HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, locale(request)));
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        return problem;
    }

    private static Locale locale(HttpServletRequest request) {
        return RequestContextUtils.getLocale(request);
    }

    static Map<String, Object> asModel(ProblemDetail problem) {
        return Map.of("status", problem.getStatus(), "title", problem.getTitle(), "detail", problem.getDetail());
    }
}
