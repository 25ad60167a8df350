package id.sopflow.identity;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.bpmn.behavior.CallActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.CallableElementUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Component;

import id.sopflow.ExtensionProperties;
import id.sopflow.ParseListeners;

/**
 * Gives every case the tenant of whoever started it: the Pemerintah Desa of Desa Babayau starts a SIPA report in
 * tenant {@code desa-babayau}, the Ketua PPID starts in {@code ppid-bunder}. Definitions stay shared (deployed
 * without tenant), so one diagram serves every desa while each desa's cases stay its own.
 *
 * <p>The starter's tenant is their only tenant; if they have several (kecamatan staff belong to the kecamatan
 * and all of its desa), the organisation that runs the SOP. A case started by the system (a timer start event)
 * gets none, unless its process declares the SOP it belongs to with the extension property {@code sop} (e.g. the
 * monthly recap of SIPA BERMEDSOS: {@code <camunda:property name="sop" value="sipa-bermedsos" />}): then it gets
 * that SOP's organisation.
 *
 * <p>A case started by a call activity keeps its parent's tenant, unless the call activity hands it the input
 * variable {@value #UNIT_TENANT_VARIABLE} naming a desa/kampung of the parent's organisation (the parent being
 * that organisation's own case): then the called case belongs to that desa/kampung, e.g. one data collection per
 * kampung that only that kampung's users see. The engine copies the parent's tenant into a called instance before
 * any tenant provider is asked, so this is applied by the call activities' behaviour (a parse listener), not by
 * {@link #provideTenantIdForProcessInstance}.
 */
@Component
class StarterTenantIdProvider extends AbstractProcessEnginePlugin implements TenantIdProvider {

    /** Input variable of a call activity ({@code <camunda:in ... target="unitTenantId"/>}): see class comment. */
    public static final String UNIT_TENANT_VARIABLE = "unitTenantId";

    /** Extension property of a system-started process naming the SOP whose organisation owns its cases. */
    static final String SOP_PROPERTY = "sop";

    private final OrganisationDirectory directory;

    StarterTenantIdProvider(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(this);
        ParseListeners.add(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
                // A call activity with its own variable-mapping delegate keeps Camunda's behaviour untouched.
                boolean mappingDelegate = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS,
                        "variableMappingClass") != null || element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS,
                        "variableMappingDelegateExpression") != null;
                if (!mappingDelegate && activity.getActivityBehavior() instanceof CallActivityBehavior original
                        && original.getClass() == CallActivityBehavior.class) {
                    UnitTenantCallActivity behavior = new UnitTenantCallActivity();
                    behavior.setCallableElement(original.getCallableElement());
                    activity.setActivityBehavior(behavior);
                }
            }
        });
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        if (context.getSuperExecution() != null) {
            return calledInstanceTenant(context.getSuperExecution().getTenantId(),
                    context.getVariables().get(UNIT_TENANT_VARIABLE));
        }
        Authentication starter = Context.getCommandContext() == null
                ? null : Context.getCommandContext().getAuthentication();
        if (starter == null) {
            return systemStartTenant(context.getProcessDefinition()).orElse(null);
        }
        if (starter.getTenantIds() == null) {
            return null;
        }
        return tenantOf(starter.getTenantIds(), context.getProcessDefinition().getKey()).orElse(null);
    }

    /** The organisation of the SOP the process declares with the property {@value #SOP_PROPERTY}, if any. */
    private Optional<String> systemStartTenant(ProcessDefinition definition) {
        BpmnModelInstance model = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findBpmnModelInstanceForProcessDefinition(definition.getId());
        Process process = model == null ? null : model.getModelElementById(definition.getKey());
        return Optional.ofNullable(ExtensionProperties.of(process).get(SOP_PROPERTY))
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

    /** The tenant of a case a call activity starts: see the class comment. */
    String calledInstanceTenant(String parentTenant, Object requestedUnit) {
        if (parentTenant != null && requestedUnit instanceof String unit && directory.isUnitOf(unit, parentTenant)) {
            return unit;
        }
        return parentTenant;
    }

    /** Camunda's call activity, giving the called instance its tenant before it starts. */
    private final class UnitTenantCallActivity extends CallActivityBehavior {

        @Override
        protected void startInstance(ActivityExecution execution, VariableMap variables, String businessKey) {
            ExecutionEntity caller = (ExecutionEntity) execution;
            ProcessDefinitionImpl definition = CallableElementUtil.getProcessDefinitionToCall(caller,
                    caller.getProcessDefinitionTenantId(), getCallableElement());
            ExecutionEntity called = (ExecutionEntity) caller.createSubProcessInstance(definition, businessKey);
            // A definition deployed for a tenant keeps its own tenant, as in Camunda's behaviour.
            if (!(definition instanceof ProcessDefinitionEntity deployed) || deployed.getTenantId() == null) {
                called.setTenantId(calledInstanceTenant(caller.getTenantId(), variables.get(UNIT_TENANT_VARIABLE)));
            }
            called.start(variables);
        }
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
