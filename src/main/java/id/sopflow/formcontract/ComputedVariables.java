package id.sopflow.formcontract;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import id.sopflow.ProcessVariable;
import id.sopflow.caseheader.CaseHeader;

/**
 * The variables each process computes itself, as its variable catalogue declares them: a catalogue
 * ({@code id.sopflow.sop.<name>.*Variables}) with a {@code PROCESS_KEY} lists them in a static
 * {@code COMPUTED} collection of {@link ProcessVariable}s. Nobody but the engine's own code and administrators may
 * write them, whatever a form declares (names starting with {@code _} are internal everywhere without being listed).
 * A new SOP gets this by adding the same two constants to its catalogue. The case header
 * ({@link CaseHeader}) is computed in every process, with or without a catalogue.
 */
@Component
class ComputedVariables {

    private static final String CATALOGUES = "id.sopflow.sop";

    private static final Set<String> CASE_HEADER = CaseHeader.HEADER.stream().map(ProcessVariable::name)
            .collect(Collectors.toUnmodifiableSet());

    private final Map<String, Set<String>> byProcessKey;

    ComputedVariables() {
        this.byProcessKey = scan();
    }

    Set<String> of(String processKey) {
        return processKey == null ? Set.of() : byProcessKey.getOrDefault(processKey, CASE_HEADER);
    }

    private static Map<String, Set<String>> scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Variables")));
        Map<String, Set<String>> computed = new HashMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(CATALOGUES)) {
            Class<?> catalogue = ClassUtils.resolveClassName(candidate.getBeanClassName(),
                    ComputedVariables.class.getClassLoader());
            try {
                Field key = catalogue.getField("PROCESS_KEY");
                Field list = catalogue.getField("COMPUTED");
                if (Modifier.isStatic(key.getModifiers()) && Modifier.isStatic(list.getModifiers())) {
                    Set<String> names = computed.computeIfAbsent((String) key.get(null), k -> new HashSet<>());
                    for (Object variable : (Collection<?>) list.get(null)) {
                        names.add(((ProcessVariable<?>) variable).name());
                    }
                }
            } catch (NoSuchFieldException notACatalogueWithComputedVariables) {
                // A catalogue without COMPUTED: only its "_" variables are internal.
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Katalog variabel " + catalogue.getName() + " tidak terbaca", e);
            }
        }
        computed.values().forEach(names -> names.addAll(CASE_HEADER));
        computed.replaceAll((key, names) -> Set.copyOf(names));
        return Map.copyOf(computed);
    }
}
