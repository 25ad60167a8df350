package id.sopflow.formcontract;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.stereotype.Component;

/**
 * Puts the form contract into the engine itself ({@link FormContractInterceptor}) and lets long texts be stored
 * ({@link LongTextSerializer}).
 *
 * <p>Why in the engine and not in a servlet filter: every way to write a variable — {@code /engine-rest},
 * Tasklist's copy of the REST API, sopflow's own controllers, a future API — ends in one of the engine's commands,
 * whose arguments are already parsed and typed. A filter would have to know every URL and body shape of two REST
 * APIs and would miss the next one. The check runs before the command starts, outside its transaction, so a
 * refused submission stores nothing.
 */
@Component
class FormContractPlugin extends AbstractProcessEnginePlugin {

    private final ComputedVariables computedVariables;

    FormContractPlugin(ComputedVariables computedVariables) {
        this.computedVariables = computedVariables;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
        if (interceptors == null) {
            interceptors = new ArrayList<>();
            configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
        }
        interceptors.add(new FormContractInterceptor(configuration, computedVariables));
        List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers();
        if (serializers == null) {
            serializers = new ArrayList<>();
            configuration.setCustomPreVariableSerializers(serializers);
        }
        serializers.add(new LongTextSerializer());
    }
}
