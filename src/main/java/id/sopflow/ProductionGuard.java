package id.sopflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyDigitRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLowerCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicySpecialCharacterRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUpperCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import id.sopflow.identity.IdentityProperties;

/**
 * Refuses a production start that would leave a guessable administrator or demo users behind. Runs before the
 * engine is initialised: once the starter has created the administrator (with the user id as password when none
 * is given) a later refusal would come too late.
 *
 * <p>The administrator's password must come from {@code SOPFLOW_ADMIN_PASSWORD} (the environment, never a file
 * in the image or the repository) and meet the engine's password policy, which {@code prod} switches on: the
 * engine would otherwise refuse it only while creating the user, with a stack trace instead of this message.
 */
@Component
@Profile("prod")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProductionGuard extends AbstractProcessEnginePlugin {

    static final String PASSWORD_VARIABLE = "SOPFLOW_ADMIN_PASSWORD";

    private final String adminId;
    private final String adminPassword;
    private final String passwordFromEnvironment;
    private final IdentityProperties identity;

    ProductionGuard(@Value("${camunda.bpm.admin-user.id:admin}") String adminId,
            @Value("${camunda.bpm.admin-user.password:}") String adminPassword, Environment environment,
            IdentityProperties identity) {
        this.adminId = adminId;
        this.adminPassword = adminPassword;
        this.passwordFromEnvironment = environment.getProperty(PASSWORD_VARIABLE, "");
        this.identity = identity;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (adminPassword == null || adminPassword.isBlank()) {
            throw new StartupProblem("Profil prod membutuhkan kata sandi administrator dari lingkungan, "
                    + "tetapi SOPFLOW_ADMIN_PASSWORD tidak diisi.",
                    "Isi variabel lingkungan SOPFLOW_ADMIN_PASSWORD dengan kata sandi yang kuat lalu jalankan lagi.");
        }
        if (!Objects.equals(adminPassword, passwordFromEnvironment)) {
            throw new StartupProblem("Profil prod hanya menerima kata sandi administrator dari variabel lingkungan "
                    + "SOPFLOW_ADMIN_PASSWORD, tetapi camunda.bpm.admin-user.password diisi dengan nilai lain.",
                    "Hapus camunda.bpm.admin-user.password dari berkas konfigurasi dan isi SOPFLOW_ADMIN_PASSWORD.");
        }
        List<String> unmet = unmetPasswordRules(adminId, adminPassword);
        if (!unmet.isEmpty()) {
            throw new StartupProblem("Kata sandi administrator (SOPFLOW_ADMIN_PASSWORD) tidak memenuhi kebijakan "
                    + "kata sandi: " + String.join("; ", unmet) + ".",
                    "Pilih kata sandi yang memenuhi semua syarat itu, isi SOPFLOW_ADMIN_PASSWORD, lalu jalankan lagi.");
        }
        if (identity.demoUsers()) {
            throw new StartupProblem("Profil prod tidak boleh membuat pengguna demo (sopflow.identity.demo-users=true).",
                    "Hapus pengaturan sopflow.identity.demo-users atau isi dengan false.");
        }
    }

    /** The rules of the engine's default password policy that the password breaks, in Bahasa Indonesia. */
    static List<String> unmetPasswordRules(String userId, String password) {
        UserEntity user = new UserEntity(userId);
        List<String> unmet = new ArrayList<>();
        for (PasswordPolicyRule rule : new DefaultPasswordPolicyImpl().getRules()) {
            if (!rule.execute(password, user)) {
                unmet.add(describe(rule));
            }
        }
        return unmet;
    }

    private static String describe(PasswordPolicyRule rule) {
        String count = rule.getParameters() == null || rule.getParameters().isEmpty() ? ""
                : rule.getParameters().values().iterator().next();
        return switch (rule.getPlaceholder()) {
            case PasswordPolicyLengthRuleImpl.PLACEHOLDER -> "paling sedikit " + count + " karakter";
            case PasswordPolicyLowerCaseRuleImpl.PLACEHOLDER -> "paling sedikit " + count + " huruf kecil";
            case PasswordPolicyUpperCaseRuleImpl.PLACEHOLDER -> "paling sedikit " + count + " huruf besar";
            case PasswordPolicyDigitRuleImpl.PLACEHOLDER -> "paling sedikit " + count + " angka";
            case PasswordPolicySpecialCharacterRuleImpl.PLACEHOLDER -> "paling sedikit " + count
                    + " karakter khusus (misalnya ! - _ #)";
            case PasswordPolicyUserDataRuleImpl.PLACEHOLDER -> "tidak memuat id atau nama pengguna";
            default -> rule.getPlaceholder();
        };
    }
}
