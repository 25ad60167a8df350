package id.sopflow.mutubaku.api;

import id.sopflow.identity.ApiAuthenticationFilter;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the mutu-baku API behind a login. Registered for this API's path only, so that other paths under
 * {@code /api} (a public page for citizens) stay open unless they register the filter themselves.
 */
@Configuration(proxyBeanMethods = false)
class MutuBakuApiConfiguration {

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> mutuBakuApiAuthentication(ObjectProvider<ProcessEngine> engine) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ApiAuthenticationFilter(engine::getObject));
        registration.setName("mutuBakuApiAuthentication");
        registration.addUrlPatterns(MutuBakuController.BASE_PATH + "/*");
        return registration;
    }
}
