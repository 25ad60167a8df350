package id.sopflow.sop.profil;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Organisation;
import id.sopflow.identity.OrganisationModel.Unit;

/**
 * The kampung/kelurahan of the dinas that runs the activity, from the organisation file: offered to the Kasi at the
 * preparation meeting, checked on the server, and turned into the multi-instance collection of the data collection
 * ({@code ${profilKampung.list(kampungDipilih)}} in the diagram).
 */
@Component("profilKampung")
public class ProfilKampung {

    private final OrganisationDirectory directory;

    public ProfilKampung(OrganisationDirectory directory) {
        this.directory = directory;
    }

    /** The organisation a case of the tenant belongs to; without a tenant the one that runs the SOP. */
    public Optional<Organisation> organisationOf(String tenantId) {
        return directory.organisationOfTenant(tenantId)
                .or(() -> directory.sop(ProfilVariables.PROCESS_KEY)
                        .flatMap(sop -> directory.organisation(sop.organisation())));
    }

    public List<Unit> unitsOf(String tenantId) {
        return organisationOf(tenantId).map(Organisation::units).orElse(List.of());
    }

    /** The checklist's options as JSON: [{"id": "kampung-sukamaju", "nama": "Kampung Sukamaju"}, …]. */
    public String optionsJson(String tenantId) {
        return unitsOf(tenantId).stream()
                .map(unit -> "{\"id\":" + json(unit.id()) + ",\"nama\":" + json(unit.name()) + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** The multi-instance collection: the chosen tenant ids, in the order they were chosen. */
    public List<String> list(String chosen) {
        return new ArrayList<>(split(chosen));
    }

    public String name(String unitId) {
        return directory.tenantName(unitId).orElse(unitId);
    }

    /**
     * The problems of a choice for a case of the given tenant: nothing chosen, or an id that is not a
     * kampung/kelurahan of the organisation (a tampered request); empty when the choice is valid.
     */
    public List<String> problemsOf(String chosen, String tenantId) {
        Set<String> ids = split(chosen);
        if (ids.isEmpty()) {
            return List.of("Pilih paling sedikit satu kampung/kelurahan yang didata.");
        }
        Set<String> known = unitsOf(tenantId).stream().map(Unit::id).collect(Collectors.toSet());
        List<String> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
        return unknown.isEmpty() ? List.of()
                : List.of("Kampung/kelurahan " + String.join(", ", unknown) + " tidak ada di daftar dinas ini.");
    }

    /** The choice as stored: ids without blanks or repeats, comma-separated. */
    public String normalised(String chosen) {
        return String.join(",", split(chosen));
    }

    private static Set<String> split(String chosen) {
        Set<String> ids = new LinkedHashSet<>();
        if (chosen != null) {
            for (String id : chosen.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
        return ids;
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
