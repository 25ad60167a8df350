package id.sopflow.reporting;

import id.sopflow.identity.ApiAuthenticationFilter;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts report downloads behind the same login as sopflow's other APIs (HTTP Basic or a webapp session). */
@Configuration(proxyBeanMethods = false)
class ReportApiConfiguration {

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> reportApiAuthentication(ObjectProvider<ProcessEngine> engine) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ApiAuthenticationFilter(engine::getObject));
        registration.setName("reportApiAuthentication");
        registration.addUrlPatterns(ReportArchive.DOWNLOAD_PATH + "/*");
        return registration;
    }
}
