package id.sopflow.identity;

import java.util.List;

/**
 * The seed file ({@code sopflow/organisasi.yaml}): organisations with their desa/kampung, the SOPs with their
 * actors, the application roles and the demo users.
 */
public record OrganisationModel(
        List<Organisation> organisations,
        List<Sop> sops,
        List<Role> roles,
        String demoPassword,
        List<DemoUser> demoUsers) {

    public OrganisationModel {
        organisations = nullToEmpty(organisations);
        sops = nullToEmpty(sops);
        roles = nullToEmpty(roles);
        demoUsers = nullToEmpty(demoUsers);
    }

    /** An office: a kecamatan, a PPID, a sekretariat, a dinas. One tenant. */
    public record Organisation(String id, String name, String kind, String timeZone, boolean example,
                               List<Unit> units) {
        public Organisation {
            units = nullToEmpty(units);
        }
    }

    /** A desa, kampung or kelurahan inside an organisation. One tenant of its own. */
    public record Unit(String id, String name, boolean example) {
    }

    /**
     * One SOP: which organisation runs it, its actors in the SOP's column order, and the actor group that
     * supervises it (told when a step is late). {@code calledProcesses} are the process keys its diagram calls
     * (call activities, e.g. one data collection per kampung): they belong to this SOP, its actors and supervisor.
     * {@code actorsReadEveryStep}: every actor reads every step of the SOP's cases in its own desa/organisation
     * (through one grant on the definition, no authorization row per step: what a kabupaten's worth of open steps
     * needs to stay fast) — each still works only its own steps. Without it an actor reads only its own steps.
     */
    public record Sop(String processKey, String name, String organisation, String supervisor, List<Actor> actors,
                      List<String> calledProcesses, boolean actorsReadEveryStep) {
        public Sop {
            actors = nullToEmpty(actors);
            calledProcesses = nullToEmpty(calledProcesses);
        }

        /** An SOP whose actors read only their own steps. */
        public Sop(String processKey, String name, String organisation, String supervisor, List<Actor> actors,
                   List<String> calledProcesses) {
            this(processKey, name, organisation, supervisor, actors, calledProcesses, false);
        }

        /** Whether instances of this process key are this SOP's work: its own or one it calls. */
        public boolean covers(String key) {
            return processKey.equals(key) || calledProcesses.contains(key);
        }
    }

    /**
     * A column of the SOP table, i.e. a lane of the diagram and a Camunda group. An actor {@code perUnit} works for
     * one desa or kampung (Pemerintah Desa, Pokja): each of its users belongs to that unit's tenant alone. Every other
     * actor works for the whole organisation: its group belongs to the organisation's tenant and every unit's, so
     * whoever joins the group sees the work of every desa without further setup.
     */
    public record Actor(String group, String name, boolean starts, boolean perUnit) {
    }

    /** A group that opens more than Tasklist. */
    public record Role(String group, String name, List<String> apps, boolean deploys) {
        public Role {
            apps = nullToEmpty(apps);
        }
    }

    /** A user for trying sopflow out; never created in production. */
    public record DemoUser(String id, String firstName, String lastName, String email, List<String> organisations,
                           String unit, List<String> groups) {
        public DemoUser {
            organisations = nullToEmpty(organisations);
            groups = nullToEmpty(groups);
        }
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
