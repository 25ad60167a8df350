package id.sopflow.mutubaku.api;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit plugin "Langkah terlambat", found by Cockpit through {@code META-INF/services}. Its frontend
 * ({@code plugin-webapp/sopflow-terlambat/app/plugin.js}) is loaded by Cockpit for every registered server-side
 * plugin; its endpoints live under {@code /camunda/api/cockpit/plugin/sopflow-terlambat/{engine}/}.
 */
public class LateStepCockpitPlugin extends AbstractCockpitPlugin {

    public static final String ID = "sopflow-terlambat";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(LateStepCockpitRootResource.class);
    }

    /** The plugin's own queries, counted by the database under the engine's authorization and tenant checks. */
    @Override
    public List<String> getMappingFiles() {
        return List.of("sopflow/cockpit/ketepatan.xml");
    }
}
