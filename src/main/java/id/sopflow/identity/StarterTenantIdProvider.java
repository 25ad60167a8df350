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
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Gives every case the tenant of whoever started it: the Pemerintah Desa of Desa Babayau starts a SIPA report in
 * tenant {@code desa-babayau}, the Ketua PPID starts in {@code ppid-bunder}. Definitions stay shared (deployed
 * without tenant), so one diagram serves every desa while each desa's cases stay its own.
 *
 * <p>The starter's tenant is their only tenant; if they have several (kecamatan staff belong to the kecamatan
 * and all of its desa), the organisation that runs the SOP. A case started from a call activity keeps its parent's
 * tenant. A case started by the system (a timer start event) gets none, unless its process declares the SOP it
 * belongs to with the extension property {@code sop} (e.g. the monthly recap of SIPA BERMEDSOS:
 * {@code <camunda:property name="sop" value="sipa-bermedsos" />}): then it gets that SOP's organisation.
 */
@Component
class StarterTenantIdProvider extends AbstractProcessEnginePlugin implements TenantIdProvider {

    /** Extension property of a system-started process naming the SOP whose organisation owns its cases. */
    static final String SOP_PROPERTY = "sop";

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
        if (starter == null) {
            return systemStartTenant(context.getProcessDefinition().getId()).orElse(null);
        }
        if (starter.getTenantIds() == null) {
            return null;
        }
        return tenantOf(starter.getTenantIds(), context.getProcessDefinition().getKey()).orElse(null);
    }

    /** The organisation of the SOP the process declares with the property {@value #SOP_PROPERTY}, if any. */
    private Optional<String> systemStartTenant(String processDefinitionId) {
        BpmnModelInstance model = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findBpmnModelInstanceForProcessDefinition(processDefinitionId);
        if (model == null) {
            return Optional.empty();
        }
        return model.getModelElementsByType(CamundaProperty.class).stream()
                .filter(property -> SOP_PROPERTY.equals(property.getCamundaName()))
                .filter(property -> property.getParentElement() != null
                        && property.getParentElement().getParentElement() != null
                        && property.getParentElement().getParentElement().getParentElement() instanceof Process)
                .map(CamundaProperty::getCamundaValue)
                .findFirst()
                .flatMap(directory::sop)
                .map(OrganisationModel.Sop::organisation);
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
