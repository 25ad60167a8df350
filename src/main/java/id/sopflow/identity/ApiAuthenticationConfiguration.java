package id.sopflow.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts every one of sopflow's own APIs behind a login (HTTP Basic or the Camunda webapp session): all of
 * {@code /api/}, so that a new staff endpoint cannot be left open by forgetting to list it. What citizens and
 * Facebook reach without login lives outside {@code /api/} ({@code /publik/}, {@code /webhook/}).
 */
@Configuration(proxyBeanMethods = false)
class ApiAuthenticationConfiguration {

    static final String[] STAFF_API_PATHS = {"/api/*", "/laporan-saya/*"};

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> staffApiAuthentication(ObjectProvider<ProcessEngine> engine) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ApiAuthenticationFilter(engine::getObject));
        registration.setName("staffApiAuthentication");
        registration.addUrlPatterns(STAFF_API_PATHS);
        return registration;
    }
}
