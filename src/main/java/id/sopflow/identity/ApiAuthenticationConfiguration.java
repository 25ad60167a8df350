package id.sopflow.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts sopflow's own staff APIs behind a login (HTTP Basic or the Camunda webapp session). Listed path by path so
 * that a public path (the citizens' page) can never fall under it, or out of it, by accident.
 */
@Configuration(proxyBeanMethods = false)
class ApiAuthenticationConfiguration {

    static final String[] STAFF_API_PATHS = {"/api/mutu-baku/*", "/api/sipa/*", "/api/laporan/*"};

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> staffApiAuthentication(ObjectProvider<ProcessEngine> engine) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ApiAuthenticationFilter(engine::getObject));
        registration.setName("staffApiAuthentication");
        registration.addUrlPatterns(STAFF_API_PATHS);
        return registration;
    }
}
