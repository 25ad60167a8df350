package id.sopflow.security;

import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

import jakarta.servlet.RequestDispatcher;

/**
 * The error pages and JSON errors of sopflow's own endpoints ({@code /publik/**}, {@code /api/**}, the webhook) as
 * Spring Boot renders them, without internals when {@link SecurityProperties#hideErrorDetails()} is on (production):
 * a server error says only that it happened, in Bahasa Indonesia; other messages lose fully qualified class names
 * (a type-conversion message names {@code java.lang.Integer}, a database error its driver's exception). The REST APIs
 * get the same treatment from {@link RestErrorResponses}.
 */
class SanitizedErrorAttributes extends DefaultErrorAttributes {

    static final String SERVER_ERROR_MESSAGE = "Terjadi kesalahan pada server. Silakan coba lagi nanti.";
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*");

    private final boolean hideDetails;

    SanitizedErrorAttributes(boolean hideDetails) {
        this.hideDetails = hideDetails;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
        if (!hideDetails) {
            return attributes;
        }
        attributes.remove("exception");
        attributes.remove("trace");
        attributes.remove("errors");
        // Read from the request: the status attribute is left out when the caller's options exclude it.
        Object status = webRequest.getAttribute(RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
        if (status instanceof Integer code && code >= 500) {
            attributes.put("message", SERVER_ERROR_MESSAGE);
        } else if (attributes.get("message") instanceof String message) {
            attributes.put("message", CLASS_NAME.matcher(message).replaceAll("(kelas)"));
        }
        return attributes;
    }
}
