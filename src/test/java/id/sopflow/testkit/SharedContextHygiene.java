package id.sopflow.testkit;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Leaves the shared engine as the class found it (see {@link SharedContextTest}): the deployments a class made are
 * removed with everything that ran on them, and the process instances it started are deleted, so that the next
 * class in the same JVM sees neither a test version of a process as the latest nor somebody else's open tasks in
 * a user's Tasklist. The clock and the authenticated user are reset too. What the application made at start-up
 * (its deployments, identities, filters) stays.
 */
final class SharedContextHygiene implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(SharedContextHygiene.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        ProcessEngine engine = engine(context);
        Set<String> deployments = new HashSet<>();
        engine.getRepositoryService().createDeploymentQuery().list().forEach(d -> deployments.add(d.getId()));
        Set<String> instances = new HashSet<>();
        engine.getRuntimeService().createProcessInstanceQuery().list().forEach(i -> instances.add(i.getId()));
        context.getStore(STORE).put("deployments", deployments);
        context.getStore(STORE).put("instances", instances);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterAll(ExtensionContext context) {
        ClockUtil.reset();
        ProcessEngine engine = engine(context);
        engine.getIdentityService().clearAuthentication();
        Set<String> deployments = context.getStore(STORE).get("deployments", Set.class);
        Set<String> instances = context.getStore(STORE).get("instances", Set.class);
        if (deployments == null || instances == null) {
            return;
        }
        for (Deployment deployment : engine.getRepositoryService().createDeploymentQuery().list()) {
            if (!deployments.contains(deployment.getId())) {
                engine.getRepositoryService().deleteDeployment(deployment.getId(), true, true);
            }
        }
        for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery().list()) {
            // a called instance goes with its parent; skip ones already gone
            if (!instances.contains(instance.getId()) && engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(instance.getId()).count() == 1) {
                engine.getRuntimeService().deleteProcessInstance(instance.getId(), "uji selesai", true, true);
            }
        }
    }

    private static ProcessEngine engine(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
    }
}
