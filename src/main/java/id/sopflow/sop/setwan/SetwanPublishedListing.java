package id.sopflow.sop.setwan;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Organisation;

/**
 * "What is currently published" for the periodic update (row 4): the links recorded by the organisation's finished
 * Bapinanduan cases, newest case first, one Markdown line per case (the update form shows it as a list).
 */
@Service
public class SetwanPublishedListing {

    /** Links listed at most; an update task is read by a person, older posts stay in the record. */
    static final int MAX_LINKS = 200;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

    private final SetwanPublicationRepository repository;
    private final OrganisationDirectory directory;

    SetwanPublishedListing(SetwanPublicationRepository repository, OrganisationDirectory directory) {
        this.repository = repository;
        this.directory = directory;
    }

    /** The listing and how many links are published in all. */
    public Listing of(String tenantId) {
        List<SetwanPublication> recent = repository.ofTenant(tenantId, MAX_LINKS);
        int total = repository.countOfTenant(tenantId);
        if (recent.isEmpty()) {
            return new Listing("Belum ada informasi Bapinanduan yang terpublikasi.", 0);
        }
        ZoneId zone = directory.organisationOfTenant(tenantId).map(Organisation::timeZone).map(ZoneId::of)
                .orElse(ZoneId.of("Asia/Makassar"));
        Map<String, List<SetwanPublication>> byCase = recent.stream().collect(Collectors.groupingBy(
                SetwanPublication::processInstanceId, LinkedHashMap::new, Collectors.toList()));
        StringBuilder text = new StringBuilder();
        byCase.values().forEach(links -> {
            SetwanPublication first = links.get(0);
            text.append("- **").append(first.judul()).append("** (").append(DATE.format(first.recordedAt().atZone(zone)))
                    .append("): ").append(links.stream().map(link -> link.platform().label() + " " + link.url())
                            .collect(Collectors.joining(" · "))).append('\n');
        });
        if (total > recent.size()) {
            text.append("\n(").append(total - recent.size()).append(" tautan lama lainnya tidak ditampilkan.)\n");
        }
        return new Listing(text.toString().strip(), total);
    }

    /**
     * @param text  Markdown lines, one per case
     * @param count links published in all
     */
    public record Listing(String text, int count) {
    }
}
