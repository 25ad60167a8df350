package id.sopflow.security;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.db.DbGroupQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.identity.db.DbUserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.springframework.stereotype.Component;

/**
 * Staff see the users and groups of their own organisations only. Tasklist needs colleagues' names (every staff
 * group may READ users and groups), but that permission listed every user and e-mail address of every office
 * through {@code /user}, {@code /user/count} and {@code /group} — on {@code /engine-rest} and the webapps' copy.
 *
 * <p>For a logged-in user who is no administrator every user and group query (list, count, by id) is narrowed
 * inside the engine's identity provider, so every door is covered: visible are the users who belong to one of the
 * caller's tenants, directly or through a group of that tenant (the desa's own staff and the kecamatan's, for a
 * desa), the groups of those tenants, and the caller and the caller's own groups. Administrators and sopflow's own
 * work without a login see everything.
 */
@Component
class OwnOrganisationsDirectory extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(NarrowedProvider.class));
    }

    /** The engine's own identity provider, with queries narrowed to the caller's organisations. */
    public static class NarrowedProvider extends DbIdentityServiceProvider {

        @Override
        public List<User> findUserByQueryCriteria(DbUserQueryImpl query) {
            return narrowUsers(query) ? super.findUserByQueryCriteria(query) : List.of();
        }

        @Override
        public long findUserCountByQueryCriteria(DbUserQueryImpl query) {
            return narrowUsers(query) ? super.findUserCountByQueryCriteria(query) : 0;
        }

        @Override
        public List<Group> findGroupByQueryCriteria(DbGroupQueryImpl query) {
            return narrowGroups(query) ? super.findGroupByQueryCriteria(query) : List.of();
        }

        @Override
        public long findGroupCountByQueryCriteria(DbGroupQueryImpl query) {
            return narrowGroups(query) ? super.findGroupCountByQueryCriteria(query) : 0;
        }

        private boolean narrowUsers(DbUserQueryImpl query) {
            return narrow(this::visibleUsers, query.getId(), query.getIds(), query::userIdIn);
        }

        private boolean narrowGroups(DbGroupQueryImpl query) {
            return narrow(this::visibleGroups, query.getId(), query.getIds(), query::groupIdIn);
        }

        /**
         * Restricts a user or group query to the ids its caller may see (administrators and the engine's own work
         * are not restricted). @return false when nothing the query asks for is visible to the caller
         */
        private boolean narrow(Function<Authentication, Set<String>> visibleTo, String id, String[] ids,
                Consumer<String[]> restrictTo) {
            Optional<Set<String>> visible = restrictedCaller().map(visibleTo);
            if (visible.isEmpty()) {
                return true;
            }
            String[] allowed = within(visible.get(), id, ids);
            if (allowed.length == 0) {
                return false;
            }
            restrictTo.accept(allowed);
            return true;
        }

        /** The visible ids the query may return: all visible ones, or those of them it names. */
        private static String[] within(Set<String> visible, String id, String[] ids) {
            Set<String> allowed = new LinkedHashSet<>(visible);
            if (id != null) {
                allowed.retainAll(Set.of(id));
            }
            if (ids != null && ids.length > 0) {
                allowed.retainAll(Arrays.asList(ids));
            }
            return allowed.toArray(String[]::new);
        }

        private Set<String> visibleUsers(Authentication caller) {
            return unchecked(context -> {
                Set<String> users = new LinkedHashSet<>();
                users.add(caller.getUserId());
                for (String tenant : tenants(caller)) {
                    DbUserQueryImpl direct = new DbUserQueryImpl();
                    direct.memberOfTenant(tenant);
                    super.findUserByQueryCriteria(direct).forEach(user -> users.add(user.getId()));
                    DbGroupQueryImpl groups = new DbGroupQueryImpl();
                    groups.memberOfTenant(tenant);
                    for (Group group : super.findGroupByQueryCriteria(groups)) {
                        DbUserQueryImpl members = new DbUserQueryImpl();
                        members.memberOfGroup(group.getId());
                        super.findUserByQueryCriteria(members).forEach(user -> users.add(user.getId()));
                    }
                }
                return users;
            });
        }

        private Set<String> visibleGroups(Authentication caller) {
            return unchecked(context -> {
                Set<String> groups = new LinkedHashSet<>();
                if (caller.getGroupIds() != null) {
                    groups.addAll(caller.getGroupIds());
                }
                DbGroupQueryImpl own = new DbGroupQueryImpl();
                own.groupMember(caller.getUserId());
                super.findGroupByQueryCriteria(own).forEach(group -> groups.add(group.getId()));
                for (String tenant : tenants(caller)) {
                    DbGroupQueryImpl ofTenant = new DbGroupQueryImpl();
                    ofTenant.memberOfTenant(tenant);
                    super.findGroupByQueryCriteria(ofTenant).forEach(group -> groups.add(group.getId()));
                }
                return groups;
            });
        }

        private static List<String> tenants(Authentication caller) {
            return caller.getTenantIds() == null ? List.of() : caller.getTenantIds();
        }

        /** The caller whose view is narrowed: logged in and no administrator. */
        private static Optional<Authentication> restrictedCaller() {
            CommandContext context = Context.getCommandContext();
            if (context == null) {
                return Optional.empty();
            }
            Authentication caller = context.getAuthentication();
            if (caller == null || caller.getUserId() == null
                    || NoPasswordOracle.isAdministrator(context.getProcessEngineConfiguration(), caller)) {
                return Optional.empty();
            }
            return Optional.of(caller);
        }

        /** The lookups behind the narrowing read memberships, not what the caller may read. */
        private static <T> T unchecked(Function<CommandContext, T> lookup) {
            CommandContext context = Context.getCommandContext();
            return context.runWithoutAuthorization(() -> lookup.apply(context));
        }
    }
}
