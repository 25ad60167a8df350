package id.sopflow.sop.sipa;

import java.security.SecureRandom;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import id.sopflow.PublicAddress;
import id.sopflow.sop.IntakeStep;

/**
 * Row 1, SIPA's part of the common intake, each time the desa hands in its report (first, and after every fix):
 * gives the report its unguessable public code once (also the business key that questions from the public are
 * correlated with), and tidies the photos: replacements from the fix form take their slot, and file inputs left
 * empty (Tasklist submits them as empty files) are dropped.
 */
@Component
class SipaPublicCode implements IntakeStep {

    /** Without 0/o, 1/l/i: the code is read aloud and typed from a printed post. */
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    static final int CODE_LENGTH = 12;

    private final SecureRandom random = new SecureRandom();
    private final PublicAddress publicAddress;

    SipaPublicCode(PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
    }

    @Override
    public String processKey() {
        return SipaVariables.PROCESS_KEY;
    }

    @Override
    public void apply(DelegateExecution execution) {
        if (SipaVariables.KODE_PUBLIK.from(execution).isEmpty()) {
            String code = publicCode();
            SipaVariables.KODE_PUBLIK.set(execution, code);
            execution.setProcessBusinessKey(code);
            SipaVariables.ALAMAT_HALAMAN_PUBLIK.set(execution, publicAddress.url(SipaProperties.publicPagePath(code)));
        }
        SipaVariables.FOTO_SLOTS.apply(execution);
    }

    private String publicCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
