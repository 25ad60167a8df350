package id.sopflow.identity;

import org.springframework.core.annotation.Order;
import id.sopflow.EngineStartupStep;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;

import id.sopflow.identity.OrganisationModel.Actor;
import id.sopflow.identity.OrganisationModel.DemoUser;
import id.sopflow.identity.OrganisationModel.Organisation;
import id.sopflow.identity.OrganisationModel.Role;
import id.sopflow.identity.OrganisationModel.Sop;
import id.sopflow.identity.OrganisationModel.Unit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the engine's tenants, groups, users and authorizations match the organisation file — by adding what is
 * missing only. What exists is never changed: a password a user chose, a group an administrator renamed, an
 * authorization an administrator narrowed all survive a restart.
 */
@Component
@Order(20)
public class IdentitySeeder implements EngineStartupStep {

    private static final Logger log = LoggerFactory.getLogger(IdentitySeeder.class);

    static final String TASKLIST = "tasklist";
    static final String COCKPIT = "cockpit";

    private final OrganisationDirectory directory;
    private final IdentityProperties properties;

    public IdentitySeeder(OrganisationDirectory directory, IdentityProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    public void seed(ProcessEngine engine) {
        Seeding seeding = new Seeding(engine.getIdentityService(), engine.getAuthorizationService());
        for (Organisation organisation : directory.organisations()) {
            seeding.tenant(organisation.id(), organisation.name());
            for (Unit unit : organisation.units()) {
                seeding.tenant(unit.id(), unit.name());
            }
        }
        for (Sop sop : directory.sops()) {
            for (Actor actor : sop.actors()) {
                seeding.group(actor.group(), actor.name());
                if (!actor.perUnit()) {
                    directory.organisation(sop.organisation()).ifPresent(organisation -> {
                        seeding.groupInTenant(actor.group(), organisation.id());
                        organisation.units().forEach(unit -> seeding.groupInTenant(actor.group(), unit.id()));
                    });
                }
                seeding.grant(actor.group(), Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
                seedColleagueVisibility(seeding, actor.group());
                // With actorsReadEveryStep the SOP's cases and steps are read and its steps worked through the
                // definition, within the group's tenants, and the step's candidate group says whose it is
                // (StepGrantsByDefinition); otherwise the engine grants each step to its candidate groups. The
                // cases too: a step's card variables are read as the case's (READ_INSTANCE), not the step's.
                Permission[] steps = sop.actorsReadEveryStep()
                        ? new Permission[] {ProcessDefinitionPermissions.READ_TASK,
                                ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.READ_INSTANCE}
                        : new Permission[0];
                if (actor.starts()) {
                    seeding.grant(actor.group(), Resources.PROCESS_DEFINITION, sop.processKey(),
                            Permissions.READ, Permissions.CREATE_INSTANCE, Permissions.READ_HISTORY);
                    seeding.grant(actor.group(), Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
                } else {
                    seeding.grant(actor.group(), Resources.PROCESS_DEFINITION, sop.processKey(),
                            Permissions.READ, Permissions.READ_HISTORY);
                }
                seeding.grant(actor.group(), Resources.PROCESS_DEFINITION, sop.processKey(), steps);
                for (String called : sop.calledProcesses()) {
                    // Started only by the SOP's own call activity: its actors read it, nobody starts it directly.
                    seeding.grant(actor.group(), Resources.PROCESS_DEFINITION, called,
                            Permissions.READ, Permissions.READ_HISTORY);
                    seeding.grant(actor.group(), Resources.PROCESS_DEFINITION, called, steps);
                }
            }
        }
        for (Role role : directory.model().roles()) {
            seeding.group(role.group(), role.name());
            for (String app : role.apps()) {
                seeding.grant(role.group(), Resources.APPLICATION, app, Permissions.ACCESS);
            }
            seedColleagueVisibility(seeding, role.group());
            if (role.apps().contains(COCKPIT)) {
                seedCockpitReading(seeding, role.group());
            }
            if (role.deploys()) {
                seeding.grant(role.group(), Resources.DEPLOYMENT, ANY,
                        Permissions.CREATE, Permissions.READ, Permissions.DELETE);
                seeding.grant(role.group(), Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
                        Permissions.UPDATE, Permissions.READ_HISTORY, Permissions.READ_INSTANCE,
                        ProcessDefinitionPermissions.SUSPEND);
            }
        }
        if (properties.demoUsers()) {
            for (DemoUser user : directory.model().demoUsers()) {
                seeding.user(user, directory.model().demoPassword(), directory.tenantsOf(user));
            }
        }
        log.info("Identitas: {} tenant, {} grup, {} keanggotaan grup di tenant, {} pengguna, {} otorisasi baru "
                + "ditambahkan", seeding.tenants, seeding.groups, seeding.memberships, seeding.users,
                seeding.authorizations);
    }

    /** Tasklist shows who a task is assigned to and which group may claim it: names must be readable. */
    private static void seedColleagueVisibility(Seeding seeding, String group) {
        seeding.grant(group, Resources.USER, ANY, Permissions.READ);
        seeding.grant(group, Resources.GROUP, ANY, Permissions.READ);
    }

    /** Supervisors see running and finished instances of every SOP; tenant membership narrows it. */
    private static void seedCockpitReading(Seeding seeding, String group) {
        seeding.grant(group, Resources.PROCESS_DEFINITION, ANY,
                Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK);
        seeding.grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        seeding.grant(group, Resources.TASK, ANY, Permissions.READ);
        seeding.grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
    }

    /**
     * What exists is read once per kind — all tenants, groups and users, a group's tenants, a user's groups and
     * tenants, the grants on one resource — instead of one query per item: at start-up the seeder asked the database
     * some hundred times for the demo file and thousands of times for a kabupaten's (README "Start and memory").
     * Everything it adds is added to what it read, so the answers stay true while it runs.
     */
    private static final class Seeding {

        private final IdentityService identity;
        private final AuthorizationService authorization;
        private final Set<String> existingTenants;
        private final Set<String> existingGroups;
        private final Set<String> existingUsers;
        private final Map<String, Set<String>> tenantsOfGroup = new HashMap<>();
        private final Map<String, Set<String>> groupsOfUser = new HashMap<>();
        private final Map<String, Set<String>> tenantsOfUser = new HashMap<>();
        /** Per resource type and id, each group's grant on it. */
        private final Map<String, Map<String, Authorization>> grants = new HashMap<>();
        int tenants;
        int memberships;
        int groups;
        int users;
        int authorizations;

        Seeding(IdentityService identity, AuthorizationService authorization) {
            this.identity = identity;
            this.authorization = authorization;
            existingTenants = ids(identity.createTenantQuery().list(), Tenant::getId);
            existingGroups = ids(identity.createGroupQuery().list(), Group::getId);
            existingUsers = ids(identity.createUserQuery().list(), User::getId);
        }

        void tenant(String id, String name) {
            if (!existingTenants.contains(id)) {
                Tenant tenant = identity.newTenant(id);
                tenant.setName(name);
                identity.saveTenant(tenant);
                existingTenants.add(id);
                tenants++;
            }
        }

        void group(String id, String name) {
            if (!existingGroups.contains(id)) {
                Group group = identity.newGroup(id);
                group.setName(name);
                group.setType(Groups.GROUP_TYPE_WORKFLOW);
                identity.saveGroup(group);
                existingGroups.add(id);
                groups++;
            }
        }

        void groupInTenant(String group, String tenant) {
            Set<String> tenantsOf = tenantsOfGroup.computeIfAbsent(group,
                    g -> ids(identity.createTenantQuery().groupMember(g).list(), Tenant::getId));
            if (!tenantsOf.contains(tenant)) {
                identity.createTenantGroupMembership(tenant, group);
                tenantsOf.add(tenant);
                memberships++;
            }
        }

        void user(DemoUser demoUser, String password, List<String> tenantIds) {
            if (!existingUsers.contains(demoUser.id())) {
                User user = identity.newUser(demoUser.id());
                user.setFirstName(demoUser.firstName());
                user.setLastName(demoUser.lastName());
                user.setEmail(demoUser.email() != null ? demoUser.email() : demoUser.id() + "@sopflow.example");
                user.setPassword(password);
                identity.saveUser(user);
                existingUsers.add(demoUser.id());
                users++;
            }
            Set<String> groupsOf = groupsOfUser.computeIfAbsent(demoUser.id(),
                    u -> ids(identity.createGroupQuery().groupMember(u).list(), Group::getId));
            for (String group : demoUser.groups()) {
                if (!groupsOf.contains(group)) {
                    identity.createMembership(demoUser.id(), group);
                    groupsOf.add(group);
                }
            }
            Set<String> tenantsOf = tenantsOfUser.computeIfAbsent(demoUser.id(),
                    u -> ids(identity.createTenantQuery().userMember(u).list(), Tenant::getId));
            for (String tenant : tenantIds) {
                if (!tenantsOf.contains(tenant)) {
                    identity.createTenantUserMembership(tenant, demoUser.id());
                    tenantsOf.add(tenant);
                }
            }
        }

        /**
         * Grants the permissions, adding the missing ones to the group's existing grant on the resource: two roles
         * may grant on the same resource (Cockpit reading and deploying both on deployments), and the engine keeps
         * one grant per group and resource. Nothing is ever taken away.
         */
        void grant(String group, Resource resource, String resourceId, Permission... permissions) {
            Map<String, Authorization> onResource = grants.computeIfAbsent(resource.resourceType() + "/" + resourceId,
                    key -> grantsOn(resource, resourceId));
            Authorization grant = onResource.get(group);
            boolean isNew = grant == null;
            if (isNew) {
                grant = authorization.createNewAuthorization(AUTH_TYPE_GRANT);
                grant.setGroupId(group);
                grant.setResource(resource);
                grant.setResourceId(resourceId);
            }
            boolean changed = isNew;
            for (Permission permission : permissions) {
                if (!grant.isPermissionGranted(permission)) {
                    grant.addPermission(permission);
                    changed = true;
                }
            }
            if (changed) {
                onResource.put(group, authorization.saveAuthorization(grant));
                authorizations++;
            }
        }

        /** Every group's grant on the resource; the first one where a group has several, as the single query had. */
        private Map<String, Authorization> grantsOn(Resource resource, String resourceId) {
            Map<String, Authorization> byGroup = new HashMap<>();
            for (Authorization grant : authorization.createAuthorizationQuery()
                    .resourceType(resource)
                    .resourceId(resourceId)
                    .authorizationType(AUTH_TYPE_GRANT)
                    .list()) {
                if (grant.getGroupId() != null) {
                    byGroup.putIfAbsent(grant.getGroupId(), grant);
                }
            }
            return byGroup;
        }

        private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
            Set<String> ids = new HashSet<>();
            items.forEach(item -> ids.add(id.apply(item)));
            return ids;
        }
    }

    @Override
    public void onEngineBuilt(ProcessEngine engine) {
        seed(engine);
    }
}
