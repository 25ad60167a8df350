package id.sopflow.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the Camunda REST API ({@code /engine-rest}) behind HTTP Basic with the engine's own users, so that Camunda
 * Modeler deploys with a process owner's credentials and every call runs as that user: with their groups and
 * tenants, under the engine's authorization and tenant checks. Wrong passwords count towards the engine's login
 * throttling like a Tasklist login.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestAuthentication {

    static final String REST_PATH = "/engine-rest";

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new EveryRequestAuthenticated());
        registration.setName("engineRestAuthentication");
        registration.addUrlPatterns(REST_PATH + "/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, REST_PATH);
        return registration;
    }

    /**
     * The engine's filter lets {@code /engine} (the list of engine names) through without a login; here nothing is
     * answered to an anonymous caller.
     */
    static class EveryRequestAuthenticated extends ProcessEngineAuthenticationFilter {

        @Override
        protected boolean requiresEngineAuthentication(String requestUrl) {
            return true;
        }
    }
}
