package id.sopflow.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers the response hardening filters; which of them are strict is {@link SecurityProperties}. */
@Configuration(proxyBeanMethods = false)
class HardeningConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(SecurityProperties properties) {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(
                new SecurityHeaders(properties));
        registration.setName("securityHeaders");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AdminSetupBlock> adminSetupBlock() {
        FilterRegistrationBean<AdminSetupBlock> registration = new FilterRegistrationBean<>(new AdminSetupBlock());
        registration.setName("adminSetupBlock");
        registration.addUrlPatterns(AdminSetupBlock.PATH, AdminSetupBlock.PATH + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    SanitizedErrorAttributes errorAttributes(SecurityProperties properties) {
        return new SanitizedErrorAttributes(properties.hideErrorDetails());
    }

    @Bean
    FilterRegistrationBean<RestErrorResponses> restErrorResponses(SecurityProperties properties) {
        FilterRegistrationBean<RestErrorResponses> registration = new FilterRegistrationBean<>(
                new RestErrorResponses(properties.hideErrorDetails()));
        registration.setName("restErrorResponses");
        registration.addUrlPatterns(EngineRestAuthentication.REST_PATH + "/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
