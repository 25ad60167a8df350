package id.sopflow.mutubaku.api;

import java.util.List;

import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Sop;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Whose work the caller may see: the instances of their tenants, and — because the engine deploys SOPs without a
 * tenant unless told otherwise — the tenant-less instances of the SOPs run by an organisation they belong to.
 * A tenant-less instance belongs to no desa, so a desa user does not see it. The same attribution decides which
 * working calendar measures a step (see {@link id.sopflow.mutubaku.MutuBakuCalendars#forProcess}).
 *
 * @param tenantIds             the caller's tenants, from the identity service
 * @param sopKeysWithoutTenant  process keys whose tenant-less instances are the caller's
 */
record CallerScope(List<String> tenantIds, List<String> sopKeysWithoutTenant) {

    CallerScope {
        tenantIds = List.copyOf(tenantIds);
        sopKeysWithoutTenant = List.copyOf(sopKeysWithoutTenant);
    }

    static CallerScope of(Authentication authentication, OrganisationDirectory directory) {
        List<String> tenants = authentication.getTenantIds() == null ? List.of() : authentication.getTenantIds();
        List<String> sops = directory.sops().stream()
                .filter(sop -> tenants.contains(sop.organisation()))
                .map(Sop::processKey)
                .toList();
        return new CallerScope(tenants, sops);
    }

    String[] tenantIdArray() {
        return tenantIds.toArray(String[]::new);
    }
}
