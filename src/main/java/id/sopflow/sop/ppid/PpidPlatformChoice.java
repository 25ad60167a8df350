package id.sopflow.sop.ppid;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import id.sopflow.publishing.Platform;
import id.sopflow.verification.Kelengkapan;

/**
 * Row 7: Seksi PDDI chooses the platforms ({@code platformWebsite}, {@code platformInstagram}, {@code
 * platformFacebook}, {@code platformYoutube}). On completion of {@link PpidElements#TENTUKAN_PLATFORM} it refuses an
 * empty choice or a platform the approved konsep has no text for; the posting subprocess of row 9 runs once per
 * platform of {@link #chosen} ({@code camunda:collection="${ppidPlatformChoice.chosen(execution)}"}).
 */
@Component("ppidPlatformChoice")
public class PpidPlatformChoice implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Set<Platform> chosen = chosenPlatforms(task);
        Map<Platform, String> texts = new EnumMap<>(Platform.class);
        PpidVariables.TEKS.forEach((platform, variable) -> texts.put(platform, variable.from(task).orElse(null)));
        List<String> problems = PpidRules.platformChoice(chosen, texts);
        new Kelengkapan(problems).refuseIfIncomplete("\n");
        PpidVariables.PLATFORM_DIPILIH.set(task,
                chosen.stream().map(Platform::label).collect(Collectors.joining(", ")));
    }

    /** The ids of the chosen platforms, in a fixed order (website, Facebook, Instagram, YouTube). */
    public List<String> chosen(VariableScope scope) {
        List<String> ids = new ArrayList<>();
        chosenPlatforms(scope).forEach(platform -> ids.add(platform.id()));
        return ids;
    }

    static Set<Platform> chosenPlatforms(VariableScope scope) {
        Set<Platform> chosen = EnumSet.noneOf(Platform.class);
        PpidVariables.PLATFORM.forEach((platform, variable) -> {
            if (variable.from(scope).orElse(false)) {
                chosen.add(platform);
            }
        });
        return chosen;
    }
}
