package id.sopflow.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Collects the diagrams and forms to deploy: from the working directory when the folders are there (so that a
 * process owner's edit takes effect on restart), otherwise from the copy packaged in the jar.
 */
@Component
public class ModelFileSource {

    private static final Logger log = LoggerFactory.getLogger(ModelFileSource.class);

    private static final String PROCESSES = "processes";
    private static final String FORMS = "forms";

    private final DeploymentProperties properties;

    public ModelFileSource(DeploymentProperties properties) {
        this.properties = properties;
    }

    public List<ModelFile> load() {
        List<ModelFile> files = new ArrayList<>();
        files.addAll(load(Path.of(properties.processesDir()), PROCESSES, ".bpmn"));
        files.addAll(load(Path.of(properties.formsDir()), FORMS, ".form", ".html"));
        Map<String, List<String>> origins = files.stream().collect(Collectors.groupingBy(ModelFile::resourceName,
                TreeMap::new, Collectors.mapping(ModelFile::origin, Collectors.toList())));
        origins.values().removeIf(sameName -> sameName.size() < 2);
        if (!origins.isEmpty()) {
            throw new InvalidModelFileException("Dua formulir bernama sama tidak dapat dideploy bersama (formulir "
                    + "dideploy dengan nama berkas saja, seperti oleh Camunda Modeler): " + origins.values());
        }
        return files;
    }

    private List<ModelFile> load(Path directory, String packagedFolder, String... extensions) {
        if (Files.isDirectory(directory)) {
            log.info("Membaca {} dari folder {}", packagedFolder, directory.toAbsolutePath().normalize());
            return fromDirectory(directory, packagedFolder, extensions);
        }
        log.info("Folder {} tidak ada; memakai {} yang dikemas di dalam aplikasi", directory, packagedFolder);
        return fromClasspath(packagedFolder, extensions);
    }

    private static List<ModelFile> fromDirectory(Path directory, String packagedFolder, String... extensions) {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> !isHidden(directory.relativize(path)))
                    .filter(path -> hasExtension(path.toString(), extensions))
                    .sorted(Comparator.comparing(Path::toString))
                    .map(path -> new ModelFile(resourceName(packagedFolder,
                            directory.relativize(path).toString().replace('\\', '/')), path.toString(), read(path)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Folder " + directory + " tidak dapat dibaca", e);
        }
    }

    /**
     * Whether a path inside processes/ or forms/ is left out of the deployment: Modeler keeps element templates under
     * processes/.camunda/, and they are not diagrams. The conformance test checks the same files the deployment takes.
     */
    public static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static List<ModelFile> fromClasspath(String folder, String... extensions) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<ModelFile> files = new ArrayList<>();
        try {
            for (String extension : extensions) {
                for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*" + extension)) {
                    String url = resource.getURL().toString();
                    String resourceName = resourceName(folder,
                            url.substring(url.lastIndexOf(folder + "/") + folder.length() + 1));
                    try (InputStream in = resource.getInputStream()) {
                        files.add(new ModelFile(resourceName, url, in.readAllBytes()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas " + folder + " di dalam aplikasi tidak dapat dibaca", e);
        }
        files.sort(Comparator.comparing(ModelFile::resourceName));
        return files;
    }

    /**
     * A diagram keeps its folder ({@code processes/sipa-bermedsos.bpmn}); a form is deployed under its bare file name
     * ({@code sipa-laporan.html}), exactly as Camunda Modeler names the files attached to a deployment, so that
     * {@code embedded:deployment:sipa-laporan.html} resolves in both.
     */
    static String resourceName(String folder, String relativePath) {
        return FORMS.equals(folder) ? relativePath.substring(relativePath.lastIndexOf('/') + 1)
                : folder + "/" + relativePath;
    }

    private static boolean hasExtension(String name, String... extensions) {
        for (String extension : extensions) {
            if (name.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas " + path + " tidak dapat dibaca", e);
        }
    }
}
