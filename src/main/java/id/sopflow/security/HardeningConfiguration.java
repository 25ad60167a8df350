package id.sopflow.security;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
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

    /** Installed in the embedded Tomcat of every profile, in front of every filter (see {@link AdminSetupBlock}). */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> adminSetupBlock() {
        return factory -> factory.addContextValves(new AdminSetupBlock());
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
