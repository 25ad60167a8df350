package id.sopflow.sop.sipa;

import static id.sopflow.sop.sipa.SipaVariables.ALASAN_UNGGAH_MANUAL;
import static id.sopflow.sop.sipa.SipaVariables.DESA_ID;
import static id.sopflow.sop.sipa.SipaVariables.PLATFORM_FACEBOOK;
import static id.sopflow.sop.sipa.SipaVariables.PLATFORM_INSTAGRAM;
import static id.sopflow.sop.sipa.SipaVariables.SALURAN_PUBLIKASI;
import static id.sopflow.sop.sipa.SipaVariables.TAUTAN_PUBLIKASI;
import static id.sopflow.sop.sipa.SipaVariables.TEKS_KONTEN;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

import id.sopflow.ProcessVariable;
import id.sopflow.PublicAddress;
import id.sopflow.publishing.FacebookPageChannel;
import id.sopflow.publishing.PermanentPublishingFailure;
import id.sopflow.publishing.PostRequest;
import id.sopflow.publishing.PostRequest.Photo;
import id.sopflow.publishing.PublicationOutcome;
import id.sopflow.publishing.PublishedPost;
import id.sopflow.publishing.Publisher;

/**
 * SOP row 3 ({@link SipaElements#UNGGAH_MEDSOS}): posts the verified report to the desa's Facebook Page, or hands the
 * posting to the admin's task {@link SipaElements#UNGGAH_MANUAL} by throwing {@link SipaElements#ERROR_UNGGAH_MANUAL}
 * with the reason in {@link SipaVariables#ALASAN_UNGGAH_MANUAL}.
 *
 * <p>Failure policy. The task runs as its own job ({@code asyncBefore}) with {@code failedJobRetryTimeCycle}
 * {@code R3/PT5M}, and {@code asyncAfter} so that nothing after it can make the post run again. The idempotency key
 * (process instance id and activity id) makes a retried job return the recorded post instead of posting twice.
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
 * <p>The post carries the link to the report's public page and its public code ({@link #postText}).
 *
 * <p>Instagram rule. Only Facebook is posted automatically (Instagram accounts without a Page have no API here).
 * When Instagram is chosen as well, Facebook is posted and its link recorded in {@link SipaVariables#TAUTAN_PUBLIKASI}
 * first, then the manual task follows so the admin posts to Instagram and adds that link; the task shows the
 * Facebook link already posted. {@link SipaVariables#SALURAN_PUBLIKASI} is {@code facebook} whenever the automatic
 * post exists, {@code manual} otherwise.
 */
@Component("sipaPublishing")
public class SipaPublishing implements JavaDelegate {

    static final String MANUAL = "manual";

    private final Publisher publisher;
    private final PublicAddress publicAddress;

    public SipaPublishing(Publisher publisher, PublicAddress publicAddress) {
        this.publisher = publisher;
        this.publicAddress = publicAddress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean facebook = PLATFORM_FACEBOOK.from(execution).orElse(false);
        boolean instagram = PLATFORM_INSTAGRAM.from(execution).orElse(false);
        if (!facebook) {
            throw manual(execution, instagram
                    ? "Instagram diunggah manual: unggah konten ke Instagram lalu catat tautannya."
                    : "Tidak ada platform yang dipilih untuk unggah otomatis: unggah manual lalu catat tautannya.");
        }
        String desaId = DESA_ID.require(execution);
        PublicationOutcome outcome;
        try {
            outcome = publisher.publish(FacebookPageChannel.ID, request(execution, desaId));
        } catch (PermanentPublishingFailure e) {
            throw manual(execution, "Unggah otomatis ke Facebook gagal: " + e.getMessage() + ". Unggah manual ke "
                    + platforms(instagram) + " lalu catat tautannya.");
        }
        if (outcome instanceof PublicationOutcome.NoChannelConfigured) {
            throw manual(execution, "Unggah otomatis ke Facebook belum disiapkan untuk " + desaId
                    + " (halaman atau token belum diatur). Unggah manual ke " + platforms(instagram)
                    + " lalu catat tautannya.");
        }
        PublishedPost post = ((PublicationOutcome.Published) outcome).post();
        TAUTAN_PUBLIKASI.set(execution, post.url());
        SALURAN_PUBLIKASI.set(execution, post.channelId());
        if (instagram) {
            String reason = "Sudah terunggah otomatis ke Facebook: " + post.url()
                    + ". Instagram diunggah manual: unggah konten ke Instagram lalu tambahkan tautannya.";
            ALASAN_UNGGAH_MANUAL.set(execution, reason);
            throw new BpmnError(SipaElements.ERROR_UNGGAH_MANUAL, reason);
        }
    }

    /**
     * One post per report, however often the job is retried and whatever the posting step's element id is: a process
     * owner may rename the element in Modeler. The suffix is a fixed key, not an element id; its text is the id the
     * step had when the first posts were made, so that those posts stay matched (retries, Facebook comments).
     */
    static String idempotencyKey(String processInstanceId) {
        return processInstanceId + POST_KEY_SUFFIX;
    }

    static final String POST_KEY_SUFFIX = ":serviceTask_unggahMedsos";

    private PostRequest request(DelegateExecution execution, String desaId) {
        List<Photo> photos = new ArrayList<>();
        for (ProcessVariable<FileValue> slot : SipaVariables.FOTO) {
            slot.from(execution).ifPresent(file -> photos.add(photo(file)));
        }
        return new PostRequest(idempotencyKey(execution.getProcessInstanceId()), desaId,
                postText(execution), photos);
    }

    /**
     * The desa's text with the way to the report's public page ({@link SipaProperties#postFooter}): the link noted
     * at intake, which the desa's manual-posting form shows as well; posting runs in a job, without the request
     * whose address {@link PublicAddress} would otherwise follow.
     */
    String postText(DelegateExecution execution) {
        String code = SipaVariables.KODE_PUBLIK.require(execution);
        String link = SipaVariables.ALAMAT_HALAMAN_PUBLIK.from(execution)
                .orElseGet(() -> publicAddress.url(SipaProperties.publicPagePath(code)));
        return TEKS_KONTEN.require(execution).stripTrailing() + SipaProperties.postFooter(link, code);
    }

    private static Photo photo(FileValue file) {
        try (InputStream content = file.getValue()) {
            return new Photo(file.getFilename(), file.getMimeType(), content.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String platforms(boolean instagram) {
        return instagram ? "Facebook dan Instagram" : "Facebook";
    }

    private static BpmnError manual(DelegateExecution execution, String reason) {
        ALASAN_UNGGAH_MANUAL.set(execution, reason);
        SALURAN_PUBLIKASI.set(execution, MANUAL);
        return new BpmnError(SipaElements.ERROR_UNGGAH_MANUAL, reason);
    }
}
