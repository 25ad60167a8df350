package id.sopflow.mutubaku.api;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import id.sopflow.PublicAddress;
import id.sopflow.identity.OrganisationDirectory;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Root of the plugin's endpoints. Cockpit's JAX-RS application creates it, not Spring; the services it needs come
 * from the Spring context of the servlet container Cockpit runs in.
 */
@Path("plugin/" + LateStepCockpitPlugin.ID)
public class LateStepCockpitRootResource extends AbstractCockpitPluginRootResource {

    public LateStepCockpitRootResource() {
        super(LateStepCockpitPlugin.ID);
    }

    @Path("{engineName}")
    public LateStepCockpitResource engine(@PathParam("engineName") String engineName) {
        var spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
        return subResource(new LateStepCockpitResource(engineName, spring.getBean(LateStepDashboard.class),
                spring.getBean(OrganisationDirectory.class),
                spring.getBean(PublicAddress.class)), engineName);
    }
}
