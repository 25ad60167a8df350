package id.sopflow.sop.sipa;

import static id.sopflow.sop.sipa.SipaVariables.ALASAN_UNGGAH_MANUAL;
import static id.sopflow.sop.sipa.SipaVariables.DESA_ID;
import static id.sopflow.sop.sipa.SipaVariables.PLATFORM_FACEBOOK;
import static id.sopflow.sop.sipa.SipaVariables.PLATFORM_INSTAGRAM;
import static id.sopflow.sop.sipa.SipaVariables.SALURAN_PUBLIKASI;
import static id.sopflow.sop.sipa.SipaVariables.TAUTAN_PUBLIKASI;
import static id.sopflow.sop.sipa.SipaVariables.TEKS_KONTEN;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

import id.sopflow.ProcessVariable;
import id.sopflow.PublicAddress;
import id.sopflow.publishing.Platform;
import id.sopflow.sop.PublishingDelegate;
import id.sopflow.sop.PublishingStep;

/**
 * SOP row 3 ({@link SipaElements#UNGGAH_MEDSOS}): posts the verified report to the desa's Facebook Page, or hands the
 * posting to the admin's task {@link SipaElements#UNGGAH_MANUAL} by throwing {@link SipaElements#ERROR_UNGGAH_MANUAL}
 * with the reason in {@link SipaVariables#ALASAN_UNGGAH_MANUAL}.
 *
 * <p>Posting, idempotency key and hand-over are the common {@link PublishingStep}'s; what is SIPA's own is the
 * content, the two link variables and the wording below. The task runs as its own job ({@code asyncBefore}) with
 * {@code failedJobRetryTimeCycle} {@code R3/PT5M}, and {@code asyncAfter} so that nothing after it can make the post
 * run again.
 * <ul>
 * <li>Facebook not chosen, or no Page with a token configured for the desa: manual task at once.</li>
 * <li>Permanent failure (invalid token, missing permission, refused content): manual task at once with Facebook's
 * message; retrying cannot help.</li>
 * <li>Transient failure (5xx, timeout, no connection, rate limit): rethrown so the engine retries in five minutes;
 * when the retries are exhausted the engine raises an incident that the supervisors see in Cockpit. There the
 * operator either retries the job once Facebook answers again, or gives up on Facebook for this case by setting
 * the variable {@code platformFacebook} to false and retrying: the job then hands over to the manual task.</li>
 * </ul>
 *
 * <p>The post carries the link to the report's public page and its public code ({@link #text}).
 *
 * <p>Instagram rule. Only Facebook is posted automatically (Instagram accounts without a Page have no API here).
 * When Instagram is chosen as well, Facebook is posted and its link recorded in {@link SipaVariables#TAUTAN_PUBLIKASI}
 * first, then the manual task follows so the admin posts to Instagram and adds that link; the task shows the
 * Facebook link already posted. {@link SipaVariables#SALURAN_PUBLIKASI} is {@code facebook} whenever the automatic
 * post exists, {@code manual} otherwise.
 */
@Component("sipaPublishing")
public class SipaPublishing extends PublishingDelegate {

    static final String MANUAL = "manual";
    /**
     * The step's fixed key: the text the key had when it was made from the element id, so that retries and
     * Facebook comments of the first posts stay matched.
     */
    static final String STEP_KEY = "serviceTask_unggahMedsos";

    private final PublicAddress publicAddress;

    public SipaPublishing(PublishingStep step, PublicAddress publicAddress) {
        super(step, SipaVariables.PROCESS_KEY, SipaElements.ERROR_UNGGAH_MANUAL);
        this.publicAddress = publicAddress;
    }

    /** The key of the report's one Facebook post, however often the job is retried and whatever the step is called. */
    static String idempotencyKey(String processInstanceId) {
        return PublishingStep.idempotencyKey(processInstanceId, STEP_KEY, Platform.FACEBOOK);
    }

    @Override
    public String stepKey(VariableScope scope) {
        return STEP_KEY;
    }

    /** The reporting desa as intake noted it. */
    @Override
    public String unitId(DelegateExecution execution) {
        return DESA_ID.require(execution);
    }

    @Override
    public List<Platform> platforms(VariableScope scope) {
        List<Platform> platforms = new ArrayList<>();
        if (PLATFORM_FACEBOOK.from(scope).orElse(false)) {
            platforms.add(Platform.FACEBOOK);
        }
        if (PLATFORM_INSTAGRAM.from(scope).orElse(false)) {
            platforms.add(Platform.INSTAGRAM);
        }
        return platforms;
    }

    /**
     * The desa's text with the way to the report's public page ({@link SipaProperties#postFooter}): the link noted
     * at intake, which the desa's manual-posting form shows as well; posting runs in a job, without the request
     * whose address {@link PublicAddress} would otherwise follow.
     */
    @Override
    public String text(DelegateExecution execution, Platform platform) {
        String code = SipaVariables.KODE_PUBLIK.require(execution);
        String link = SipaVariables.ALAMAT_HALAMAN_PUBLIK.from(execution)
                .orElseGet(() -> publicAddress.url(SipaProperties.publicPagePath(code)));
        return TEKS_KONTEN.require(execution).stripTrailing() + SipaProperties.postFooter(link, code);
    }

    @Override
    public List<ProcessVariable<FileValue>> photoSlots() {
        return SipaVariables.FOTO;
    }

    @Override
    public void record(VariableScope scope, Platform platform, String link, boolean automatic) {
        TAUTAN_PUBLIKASI.set(scope, link);
        SALURAN_PUBLIKASI.set(scope, automatic ? platform.id() : MANUAL);
    }

    /** The admin's form takes every link in one field, one per line. */
    @Override
    public Optional<ProcessVariable<String>> linksText() {
        return Optional.of(TAUTAN_PUBLIKASI);
    }

    @Override
    public ProcessVariable<String> reasonVariable(VariableScope scope) {
        return ALASAN_UNGGAH_MANUAL;
    }

    /**
     * SIPA's wording, which staff know: Facebook is the one automatic platform; Instagram is always posted by hand,
     * after Facebook when both are chosen. {@link SipaVariables#SALURAN_PUBLIKASI} stays {@code facebook} when the
     * automatic post exists, else becomes {@code manual}.
     */
    @Override
    public String reason(DelegateExecution execution, List<PublishingStep.Attempt> attempts) {
        boolean instagram = attempts.stream().anyMatch(attempt -> attempt.platform() == Platform.INSTAGRAM);
        PublishingStep.Attempt facebook = attempts.stream().filter(attempt -> attempt.platform() == Platform.FACEBOOK)
                .findFirst().orElse(null);
        if (facebook == null || !facebook.posted()) {
            SALURAN_PUBLIKASI.set(execution, MANUAL);
        }
        if (facebook == null) {
            return instagram ? "Instagram diunggah manual: unggah konten ke Instagram lalu catat tautannya."
                    : "Tidak ada platform yang dipilih untuk unggah otomatis: unggah manual lalu catat tautannya.";
        }
        if (facebook.posted()) {
            return "Sudah terunggah otomatis ke Facebook: " + facebook.url()
                    + ". Instagram diunggah manual: unggah konten ke Instagram lalu tambahkan tautannya.";
        }
        String platforms = instagram ? "Facebook dan Instagram" : "Facebook";
        if (facebook.failure() != null) {
            return "Unggah otomatis ke Facebook gagal: " + facebook.failure() + ". Unggah manual ke " + platforms
                    + " lalu catat tautannya.";
        }
        return "Unggah otomatis ke Facebook belum disiapkan untuk " + DESA_ID.require(execution)
                + " (halaman atau token belum diatur). Unggah manual ke " + platforms + " lalu catat tautannya.";
    }
}
