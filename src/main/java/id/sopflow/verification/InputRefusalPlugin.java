package id.sopflow.verification;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import id.sopflow.InputRefusedException;

/**
 * The engine wraps an exception from a task listener twice ("ENGINE-03051 There was an exception while invoking
 * the TaskListener. Message: 'Exception while invoking TaskListener: …'"), so a refusal meant for the user would
 * reach Tasklist in English. An interceptor outside the transaction rethrows the {@link InputRefusedException}
 * itself once the command has rolled back.
 */
@Component
class InputRefusalPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
        if (interceptors == null) {
            interceptors = new ArrayList<>();
            configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
        }
        interceptors.add(new Unwrapping());
    }

    static final class Unwrapping extends CommandInterceptor {

        /** Deeper than any chain of wrappers the engine builds, and a stop for a cause cycle. */
        private static final int MAX_DEPTH = 16;

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException e) {
                Throwable cause = e;
                for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
                    if (cause instanceof InputRefusedException refusal) {
                        InputRefusals.record(refusal);
                        throw refusal;
                    }
                }
                throw e;
            }
        }
    }
}
