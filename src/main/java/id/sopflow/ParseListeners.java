package id.sopflow;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * How sopflow's engine plugins hook into the parsing of every deployed diagram, so that no diagram has to carry
 * the listener (a process owner's diagram from Modeler gets it too). Each plugin calls this from its
 * {@code preInit}; the list may not exist yet there, and several plugins add to it.
 */
public final class ParseListeners {

    private ParseListeners() {
    }

    /** Adds a listener that runs after Camunda's own parsing of each element. */
    public static void add(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(listener);
    }

    /** Puts a task listener on every user task of every diagram, for the given events ({@code create}, …). */
    public static void onEveryUserTask(ProcessEngineConfigurationImpl configuration, TaskListener listener,
            String... events) {
        add(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                for (String event : events) {
                    definition.addBuiltInTaskListener(event, listener);
                }
            }
        });
    }
}
