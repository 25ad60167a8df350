package id.sopflow.identity;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import id.sopflow.identity.OrganisationModel.Actor;
import id.sopflow.identity.OrganisationModel.DemoUser;
import id.sopflow.identity.OrganisationModel.Organisation;
import id.sopflow.identity.OrganisationModel.Role;
import id.sopflow.identity.OrganisationModel.Sop;
import id.sopflow.identity.OrganisationModel.Unit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The organisations, SOP actors and demo users of this installation, read once from the organisation file and
 * checked so that a typo stops startup with a clear message instead of half-seeded identities.
 */
@Component
public class OrganisationDirectory {

    /**
     * Camunda's resource-id whitelist as configured in application.yaml: the rule for every id of the organisation
     * file (organisations, desa, groups, users, process keys) and of an SOP table.
     */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Camunda's built-in administrators group. */
    public static final String ADMIN_GROUP = "camunda-admin";

    private final OrganisationModel model;
    private final Map<String, Organisation> organisationByTenant = new LinkedHashMap<>();
    private final Map<String, Unit> unitById = new LinkedHashMap<>();

    @Autowired
    public OrganisationDirectory(IdentityProperties properties) {
        this(read(properties.seedFile()), properties.seedFile().getDescription());
    }

    OrganisationDirectory(OrganisationModel model, String fileName) {
        this.model = model;
        for (Organisation organisation : model.organisations()) {
            organisationByTenant.put(organisation.id(), organisation);
            for (Unit unit : organisation.units()) {
                organisationByTenant.put(unit.id(), organisation);
                unitById.put(unit.id(), unit);
            }
        }
        List<String> problems = new Validation(model).problems();
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationFileException("Berkas organisasi " + fileName + " tidak valid:\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    public OrganisationModel model() {
        return model;
    }

    public List<Organisation> organisations() {
        return model.organisations();
    }

    public List<Sop> sops() {
        return model.sops();
    }

    /** The SOP whose process key this is, or whose diagram calls it (see {@link Sop#calledProcesses()}). */
    public Optional<Sop> sop(String processKey) {
        return model.sops().stream().filter(sop -> sop.covers(processKey)).findFirst();
    }

    /** Whether a tenant is a desa/kampung of the given organisation. */
    public boolean isUnitOf(String unitId, String organisationId) {
        return unitById.containsKey(unitId) && organisationOfTenant(unitId)
                .map(Organisation::id).filter(id -> id.equals(organisationId)).isPresent();
    }

    /** The organisation a tenant belongs to: the organisation itself or the one its desa/kampung is part of. */
    public Optional<Organisation> organisationOfTenant(String tenantId) {
        return Optional.ofNullable(tenantId).map(organisationByTenant::get);
    }

    public Optional<Organisation> organisation(String id) {
        return model.organisations().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** The name of a tenant, be it an organisation or a desa/kampung. */
    public Optional<String> tenantName(String tenantId) {
        if (unitById.containsKey(tenantId)) {
            return Optional.of(unitById.get(tenantId).name());
        }
        return organisation(tenantId).map(Organisation::name);
    }

    /** The SOP column name of an actor group, e.g. "Kasi dan Tim Teknis" for sipa-kasi-tim-teknis. */
    public Optional<String> actorName(String group) {
        return model.sops().stream().flatMap(sop -> sop.actors().stream())
                .filter(actor -> actor.group().equals(group)).map(Actor::name).findFirst();
    }

    /** Whether a group is in the organisation file: an SOP actor (a lane) or an application role. */
    public boolean hasGroup(String group) {
        return model.sops().stream().flatMap(sop -> sop.actors().stream()).anyMatch(a -> a.group().equals(group))
                || model.roles().stream().anyMatch(role -> role.group().equals(group));
    }

    /** Tenants a user works in: the desa/kampung alone, or each organisation with all of its desa/kampung. */
    public List<String> tenantsOf(DemoUser user) {
        if (user.unit() != null) {
            return List.of(user.unit());
        }
        List<String> tenants = new ArrayList<>();
        for (String organisationId : user.organisations()) {
            organisation(organisationId).ifPresent(organisation -> {
                tenants.add(organisation.id());
                organisation.units().forEach(unit -> tenants.add(unit.id()));
            });
        }
        return tenants;
    }

    private static OrganisationModel read(Resource file) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = file.getInputStream()) {
            OrganisationModel model = yaml.readValue(in, OrganisationModel.class);
            if (model == null) {
                throw new InvalidOrganisationFileException("Berkas organisasi " + file.getDescription() + " kosong.");
            }
            return model;
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidOrganisationFileException("Berkas organisasi " + file.getDescription()
                    + ": kunci '" + e.getPropertyName() + "' tidak dikenal di " + path(e)
                    + "; kunci yang dikenal: " + e.getKnownPropertyIds());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String place = at == null ? "" : " (baris " + at.getLineNr() + ", kolom " + at.getColumnNr() + ")";
            String where = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                    ? " di " + path(mapping) : "";
            throw new InvalidOrganisationFileException("Berkas organisasi " + file.getDescription()
                    + " tidak dapat dibaca" + place + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidOrganisationFileException("Berkas organisasi " + file.getDescription()
                    + " tidak ditemukan atau tidak dapat dibaca: " + e.getMessage());
        }
    }

    /** The place of a mapping error as the operator reads the file, e.g. {@code organisations[0].nama}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Collects every problem of the file at once, so the operator fixes them in one go. */
    private static final class Validation {

        private final OrganisationModel model;
        private final List<String> problems = new ArrayList<>();
        private final Set<String> tenants = new HashSet<>();
        private final Set<String> groups = new HashSet<>();

        Validation(OrganisationModel model) {
            this.model = model;
        }

        List<String> problems() {
            if (model.organisations().isEmpty()) {
                problems.add("tidak ada organisasi (organisations)");
            }
            model.organisations().forEach(this::checkOrganisation);
            model.sops().forEach(this::checkSop);
            model.roles().forEach(this::checkRole);
            groups.add(ADMIN_GROUP);
            Set<String> users = new HashSet<>();
            for (DemoUser user : model.demoUsers()) {
                checkUser(user);
                if (user.id() != null && !users.add(user.id())) {
                    problems.add("pengguna " + user.id() + " tercantum dua kali");
                }
            }
            if (!model.demoUsers().isEmpty() && (model.demoPassword() == null || model.demoPassword().isBlank())) {
                problems.add("demoPassword kosong padahal ada demoUsers");
            }
            return problems;
        }

        private void checkOrganisation(Organisation organisation) {
            checkId("organisasi", organisation.id());
            checkName("organisasi " + organisation.id(), organisation.name());
            addTenant(organisation.id());
            if (organisation.timeZone() == null) {
                problems.add("organisasi " + organisation.id() + " tidak punya timeZone (misalnya Asia/Makassar)");
            } else {
                try {
                    ZoneId.of(organisation.timeZone());
                } catch (DateTimeException e) {
                    problems.add("organisasi " + organisation.id() + ": zona waktu '" + organisation.timeZone()
                            + "' tidak dikenal (contoh: Asia/Jakarta, Asia/Makassar, Asia/Jayapura)");
                }
            }
            for (Unit unit : organisation.units()) {
                checkId("desa/kampung di " + organisation.id(), unit.id());
                checkName("desa/kampung " + unit.id(), unit.name());
                addTenant(unit.id());
            }
        }

        private void checkSop(Sop sop) {
            checkId("SOP", sop.processKey());
            if (sop.organisation() == null || model.organisations().stream()
                    .noneMatch(o -> o.id().equals(sop.organisation()))) {
                problems.add("SOP " + sop.processKey() + ": organisasi '" + sop.organisation() + "' tidak ada");
            }
            if (sop.actors().isEmpty()) {
                problems.add("SOP " + sop.processKey() + " tidak punya pelaksana (actors)");
            }
            long starters = sop.actors().stream().filter(Actor::starts).count();
            if (starters != 1) {
                problems.add("SOP " + sop.processKey() + " harus punya tepat satu pelaksana dengan starts: true (ada "
                        + starters + ")");
            }
            if (sop.actors().stream().noneMatch(actor -> actor.group().equals(sop.supervisor()))) {
                problems.add("SOP " + sop.processKey() + ": supervisor '" + sop.supervisor()
                        + "' harus salah satu grup pelaksananya");
            }
            for (String called : sop.calledProcesses()) {
                checkId("proses yang dipanggil SOP " + sop.processKey(), called);
                if (called != null && model.sops().stream().anyMatch(other -> other != sop && other.covers(called))) {
                    problems.add("proses " + called + " (calledProcesses SOP " + sop.processKey()
                            + ") sudah milik SOP lain");
                }
            }
            for (Actor actor : sop.actors()) {
                checkId("grup pelaksana SOP " + sop.processKey(), actor.group());
                checkName("grup " + actor.group(), actor.name());
                if (!groups.add(actor.group())) {
                    problems.add("grup " + actor.group() + " dipakai lebih dari sekali");
                }
            }
        }

        private void checkRole(Role role) {
            checkId("peran", role.group());
            if (!groups.add(role.group())) {
                problems.add("grup " + role.group() + " dipakai lebih dari sekali");
            }
            for (String app : role.apps()) {
                if (!List.of("tasklist", "cockpit", "admin").contains(app)) {
                    problems.add("peran " + role.group() + ": aplikasi '" + app
                            + "' tidak dikenal (tasklist, cockpit, admin)");
                }
            }
        }

        private void checkUser(DemoUser user) {
            checkId("pengguna", user.id());
            if (user.organisations().isEmpty()) {
                problems.add("pengguna " + user.id() + " tidak punya organisasi (organisations)");
            }
            for (String organisationId : user.organisations()) {
                if (model.organisations().stream().noneMatch(o -> o.id().equals(organisationId))) {
                    problems.add("pengguna " + user.id() + ": organisasi '" + organisationId + "' tidak ada");
                }
            }
            if (user.unit() != null) {
                boolean unitOfOwnOrganisation = model.organisations().stream()
                        .filter(o -> user.organisations().contains(o.id()))
                        .flatMap(o -> o.units().stream())
                        .anyMatch(unit -> unit.id().equals(user.unit()));
                if (!unitOfOwnOrganisation) {
                    problems.add("pengguna " + user.id() + ": desa/kampung '" + user.unit()
                            + "' bukan bagian dari organisasinya");
                }
            }
            if (user.groups().isEmpty()) {
                problems.add("pengguna " + user.id() + " tidak punya grup");
            }
            for (String group : user.groups()) {
                if (!groups.contains(group)) {
                    problems.add("pengguna " + user.id() + ": grup '" + group + "' tidak ada");
                }
            }
        }

        private void addTenant(String id) {
            if (id != null && !tenants.add(id)) {
                problems.add("id " + id + " dipakai lebih dari sekali");
            }
        }

        private void checkId(String what, String id) {
            if (id == null || !ID.matcher(id).matches()) {
                problems.add("id " + what + " '" + id
                        + "' tidak sah: hanya huruf kecil, angka dan tanda hubung (misalnya desa-lok-batu)");
            }
        }

        private void checkName(String what, String name) {
            if (name == null || name.isBlank()) {
                problems.add(what + " tidak punya nama");
            }
        }
    }
}
