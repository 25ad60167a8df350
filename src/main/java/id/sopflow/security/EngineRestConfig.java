package id.sopflow.security;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.stereotype.Component;

import jakarta.ws.rs.ApplicationPath;

/**
 * The Camunda REST API as the starter configures it, except that it does not describe itself (WADL) to callers:
 * the description is a map of every endpoint and parameter, useful to an attacker and to nobody at runtime.
 */
@Component
@ApplicationPath(EngineRestAuthentication.REST_PATH)
class EngineRestConfig extends CamundaJerseyResourceConfig {

    EngineRestConfig() {
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }
}
