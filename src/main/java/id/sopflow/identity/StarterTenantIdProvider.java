package id.sopflow.identity;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Gives every case the tenant of whoever started it: the Pemerintah Desa of Desa Babayau starts a SIPA report in
 * tenant {@code desa-babayau}, the Ketua PPID starts in {@code ppid-bunder}. Definitions stay shared (deployed
 * without tenant), so one diagram serves every desa while each desa's cases stay its own.
 *
 * <p>The starter's tenant is their only tenant; if they have several (kecamatan staff belong to the kecamatan
 * and all of its desa), the organisation that runs the SOP. A case started by the system or from a call
 * activity keeps its parent's tenant or none.
 */
@Component
class StarterTenantIdProvider extends AbstractProcessEnginePlugin implements TenantIdProvider {

    private final OrganisationDirectory directory;

    StarterTenantIdProvider(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(this);
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        if (context.getSuperExecution() != null) {
            return context.getSuperExecution().getTenantId();
        }
        Authentication starter = Context.getCommandContext() == null
                ? null : Context.getCommandContext().getAuthentication();
        if (starter == null || starter.getTenantIds() == null) {
            return null;
        }
        return tenantOf(starter.getTenantIds(), context.getProcessDefinition().getKey()).orElse(null);
    }

    Optional<String> tenantOf(List<String> tenants, String processKey) {
        if (tenants.size() == 1) {
            return Optional.of(tenants.get(0));
        }
        return directory.sop(processKey)
                .map(OrganisationModel.Sop::organisation)
                .filter(tenants::contains);
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
        return context.getExecution() != null ? context.getExecution().getTenantId() : null;
    }
}
