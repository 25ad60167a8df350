package id.sopflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServletResponse;
import id.sopflow.testkit.PlainTest;

@PlainTest
class RestErrorResponsesTest {

    private static MockHttpServletResponse answer(boolean hideDetails, int status, String body) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse resp)
                    throws java.io.IOException {
                resp.setStatus(status);
                resp.setContentType("application/json");
                resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            }
        });
        new RestErrorResponses(hideDetails).doFilter(new MockHttpServletRequest("GET", "/engine-rest/x"), response,
                chain);
        return response;
    }

    @Test
    void aRefusalForAnotherTenantIsA403() throws Exception {
        MockHttpServletResponse response = answer(false, 500, "{\"type\":\"ProcessEngineException\",\"message\":"
                + "\"ENGINE-13034 Cannot read the task 't' because it belongs to no authenticated tenant.\"}");
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("Akses ditolak").contains("ProcessEngineException");
    }

    @Test
    void inProductionAServerErrorSaysOnlyThatItHappenedWithAReference() throws Exception {
        MockHttpServletResponse response = answer(true, 500, "{\"type\":\"NullPointerException\",\"message\":"
                + "\"Cannot invoke org.camunda.bpm.engine.impl.Foo.bar() at java.base\"}");
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).contains("\"type\":\"ServerError\"").contains("referensi")
                .doesNotContain("Exception", "org.camunda", "java.base");
    }

    @Test
    void inProductionClassNamesAreCutFromClientErrors() throws Exception {
        MockHttpServletResponse response = answer(true, 400, "{\"type\":\"InvalidRequestException\",\"message\":"
                + "\"Cannot convert value to org.camunda.bpm.engine.variable.Foo: bad\"}");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"type\":\"InvalidRequest\"")
                .contains("Cannot convert value to (kelas): bad").doesNotContain("org.camunda");
    }

    @Test
    void successfulAnswersPassUnchanged() throws Exception {
        MockHttpServletResponse response = answer(true, 200, "{\"type\":\"KeepMe\"}");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("{\"type\":\"KeepMe\"}");
    }

    @Test
    void aRefusalOfTheUsersInputThatTheRestApiWrappedAsAServerErrorIsA400WithItsOwnMessage() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse resp)
                    throws java.io.IOException {
                id.sopflow.verification.InputRefusals.record(
                        new id.sopflow.InputRefusedException("Isian ditolak. «judul» wajib diisi."));
                resp.setStatus(500);
                resp.setContentType("application/json");
                resp.getOutputStream().write(("{\"type\":\"RestException\",\"message\":\"Cannot instantiate "
                        + "process definition x: Isian ditolak. «judul» wajib diisi.\"}").getBytes(StandardCharsets.UTF_8));
            }
        });
        new RestErrorResponses(true).doFilter(new MockHttpServletRequest("POST", "/engine-rest/x"), response, chain);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"message\":\"Isian ditolak. «judul» wajib diisi.\"")
                .contains("\"pesan\":\"Isian ditolak. «judul» wajib diisi.\"").contains("InvalidRequest");
        assertThat(id.sopflow.verification.InputRefusals.last()).isEmpty();
    }

    @Test
    void sopflowsOwnErrorPagesCarryNoClassNamesInProduction() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/publik/sipa/x");
        request.setAttribute("jakarta.servlet.error.status_code", 400);
        request.setAttribute("jakarta.servlet.error.message",
                "Failed to convert value of type 'java.lang.String' to required type 'java.lang.Integer'");
        var options = org.springframework.boot.web.error.ErrorAttributeOptions.of(
                org.springframework.boot.web.error.ErrorAttributeOptions.Include.MESSAGE);
        var webRequest = new org.springframework.web.context.request.ServletWebRequest(request);
        assertThat(new SanitizedErrorAttributes(true).getErrorAttributes(webRequest, options).get("message"))
                .asString().doesNotContain("java.lang").contains("(kelas)");
        MockHttpServletRequest failed = new MockHttpServletRequest("GET", "/publik/sipa/x");
        failed.setAttribute("jakarta.servlet.error.status_code", 500);
        failed.setAttribute("jakarta.servlet.error.message", "org.h2.jdbc.JdbcSQLDataException: value too long");
        var failedRequest = new org.springframework.web.context.request.ServletWebRequest(failed);
        assertThat(new SanitizedErrorAttributes(true).getErrorAttributes(failedRequest, options).get("message"))
                .isEqualTo(SanitizedErrorAttributes.SERVER_ERROR_MESSAGE);
        assertThat(new SanitizedErrorAttributes(false).getErrorAttributes(failedRequest, options).get("message"))
                .asString().contains("JdbcSQLDataException");
    }
}
