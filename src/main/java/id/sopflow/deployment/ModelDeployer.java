package id.sopflow.deployment;

import org.springframework.core.annotation.Order;
import org.camunda.bpm.engine.ProcessEngine;
import id.sopflow.EngineStartupStep;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.ResourceReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code processes/} and {@code forms/} as one deployment so that {@code camunda:formRef} with
 * {@code formRefBinding="deployment"} resolves.
 *
 * <p>What goes in: every diagram that changed since it was last deployed, every diagram that uses a changed
 * form, and all forms. An unchanged diagram therefore keeps its version (and still finds its forms in the
 * deployment it came from), a changed one gets a new version, and running instances stay on theirs. Nothing
 * changed means no deployment at all.
 */
@Component
@Order(10)
public class ModelDeployer implements EngineStartupStep {

    private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

    static final String SOURCE = "sopflow";

    private final ModelFileSource source;
    private final DeploymentProperties properties;

    public ModelDeployer(ModelFileSource source, DeploymentProperties properties) {
        this.source = source;
        this.properties = properties;
    }

    /** @return the new deployment, or empty when nothing changed */
    public Optional<Deployment> deploy(RepositoryService repositoryService) {
        List<ModelFile> files = source.load();
        files.stream().filter(ModelFile::isProcess).forEach(ModelFileCheck::wellFormedXml);
        Map<String, String> formIds = files.stream().filter(ModelFile::isCamundaForm)
                .collect(Collectors.toMap(ModelFile::resourceName, ModelFileCheck::formId));

        Map<String, byte[]> deployed = latestDeployedContent(repositoryService,
                files.stream().map(ModelFile::resourceName).collect(Collectors.toSet()));
        List<ModelFile> changed = files.stream()
                .filter(file -> !file.sameContentAs(deployed.get(file.resourceName())))
                .toList();
        if (changed.isEmpty()) {
            log.info("Diagram dan formulir tidak berubah sejak deployment terakhir; tidak ada deployment baru");
            return Optional.empty();
        }

        Set<String> changedFormReferences = changed.stream()
                .filter(file -> !file.isProcess())
                .map(form -> form.isCamundaForm()
                        ? "camunda:formRef=\"" + formIds.get(form.resourceName()) + "\""
                        : form.resourceName())
                .collect(Collectors.toSet());
        Set<ModelFile> toDeploy = new LinkedHashSet<>();
        for (ModelFile file : files) {
            boolean process = file.isProcess();
            if (!process
                    || changed.contains(file)
                    || changedFormReferences.stream().anyMatch(file.text()::contains)) {
                toDeploy.add(file);
            }
        }
        return Optional.of(deploy(repositoryService, toDeploy));
    }

    private Deployment deploy(RepositoryService repositoryService, Set<ModelFile> files) {
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(properties.name())
                .source(SOURCE);
        files.forEach(file -> builder.addInputStream(file.resourceName(), new ByteArrayInputStream(file.content())));
        try {
            Deployment deployment = builder.deploy();
            log.info("Deployment {} dibuat dengan {}", deployment.getId(),
                    files.stream().map(ModelFile::resourceName).toList());
            return deployment;
        } catch (ParseException e) {
            throw new InvalidModelFileException(describe(e));
        } catch (ProcessEngineException e) {
            throw new InvalidModelFileException("Diagram dan formulir tidak dapat dideploy ("
                    + files.stream().map(ModelFile::resourceName).collect(Collectors.joining(", ")) + "): "
                    + e.getMessage());
        }
    }

    private static String describe(ParseException e) {
        StringBuilder message = new StringBuilder();
        for (ResourceReport report : e.getResorceReports()) {
            if (report.getErrors().isEmpty()) {
                continue;
            }
            message.append("Berkas ").append(report.getResourceName()).append(" tidak dapat dideploy:");
            report.getErrors().forEach(problem -> {
                message.append("\n  - baris ").append(problem.getLine()).append(", kolom ").append(problem.getColumn());
                if (problem.getMainElementId() != null) {
                    message.append(", elemen ").append(problem.getMainElementId());
                }
                message.append(": ").append(problem.getMessage());
            });
        }
        return message.isEmpty() ? e.getMessage() : message.toString();
    }

    /** For every resource name, its bytes in the newest earlier deployment of ours that contains it. */
    private Map<String, byte[]> latestDeployedContent(RepositoryService repositoryService, Set<String> names) {
        Map<String, byte[]> content = new HashMap<>();
        List<Deployment> deployments = repositoryService.createDeploymentQuery()
                .deploymentName(properties.name())
                .deploymentSource(SOURCE)
                .orderByDeploymentTime().desc()
                .list();
        for (Deployment deployment : deployments) {
            for (Resource resource : repositoryService.getDeploymentResources(deployment.getId())) {
                if (names.contains(resource.getName())) {
                    content.putIfAbsent(resource.getName(), resource.getBytes());
                }
            }
            if (content.keySet().containsAll(names)) {
                break;
            }
        }
        return content;
    }

    @Override
    public void onEngineBuilt(ProcessEngine engine) {
        deploy(engine.getRepositoryService());
    }
}
