package id.sopflow.mutubaku;

import static id.sopflow.mutubaku.LateStepNoticeVariables.ALAMAT_API_TERLAMBAT;
import static id.sopflow.mutubaku.LateStepNoticeVariables.JUDUL_PEMBERITAHUAN;
import static id.sopflow.mutubaku.LateStepNoticeVariables.PENGAWAS;
import static id.sopflow.mutubaku.LateStepNoticeVariables.RINGKASAN;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.sopflow.PublicAddress;
import id.sopflow.caseheader.CaseHeader;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Sop;

/**
 * Tells an SOP's supervisor (the Camat, the Ketua PPID, the Kabag, the Kadis) that a step is late.
 *
 * <p>Always through Tasklist: a notice ({@link LateStepNotices}) for the supervisor group in the case's tenant, which
 * is durable, commits with the late-step record, gathers the desa's further late steps while it is open, closes
 * itself when they are all done, and may be closed with an arahan. By mail as well, once per notice, when an SMTP
 * server is configured ({@code spring.mail.host}): sent to the supervisors of that tenant who have an e-mail
 * address, only after the record is committed (a rolled-back or retried timer job never mails twice), and a mail
 * failure is logged, never allowed to undo the record.
 */
@Component
class SupervisorNotifier {

    private static final Logger log = LoggerFactory.getLogger(SupervisorNotifier.class);

    private final LateStepRepository repository;
    private final LateStepNotices notices;
    private final Environment environment;
    private final IdentityService identityService;
    private final OrganisationDirectory directory;
    private final MutuBakuCalendars calendars;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MutuBakuMailProperties mail;
    private final PublicAddress publicAddress;

    SupervisorNotifier(LateStepRepository repository, LateStepNotices notices, Environment environment,
                       IdentityService identityService, OrganisationDirectory directory,
                       MutuBakuCalendars calendars, ObjectProvider<JavaMailSender> mailSender,
                       MutuBakuMailProperties mail, PublicAddress publicAddress) {
        this.repository = repository;
        this.notices = notices;
        this.environment = environment;
        this.identityService = identityService;
        this.directory = directory;
        this.calendars = calendars;
        this.mailSender = mailSender;
        this.mail = mail;
        this.publicAddress = publicAddress;
    }

    /**
     * Tells the SOP's supervisor group of this late step: it joins the notice the group already has open for the
     * step's desa, or opens one (and mails it) when there is none.
     *
     * @return the supervisor's Tasklist task, or empty when the SOP is not in the organisation file
     */
    Optional<String> lateStep(LateStep late) {
        Optional<Sop> sop = directory.sop(late.processKey());
        if (sop.isEmpty()) {
            log.warn("SOP {} tidak ada di berkas organisasi; keterlambatan {} dicatat tanpa pemberitahuan",
                    late.processKey(), late.stepId());
            return Optional.empty();
        }
        String supervisor = sop.get().supervisor();
        // After a long weekend a desa's steps fall late by the dozen: the supervisor reads them in one notice, and
        // each joining step costs one look-up instead of a process of its own (README "Kapasitas", figure 4).
        Optional<String> open = repository.openNotice(supervisor, late.tenantId())
                .or(() -> repository.lockNoticeSlot(supervisor, late.tenantId()));
        if (open.isPresent()) {
            return open;
        }
        String unit = late.tenantId() == null ? null : directory.tenantName(late.tenantId()).orElse(late.tenantId());
        String where = unit == null ? "" : " — " + unit;
        String title = "Langkah terlambat" + where;
        VariableMap variables = Variables.createVariables();
        PENGAWAS.put(variables, supervisor);
        JUDUL_PEMBERITAHUAN.put(variables, title);
        RINGKASAN.put(variables, "Langkah SOP yang Anda awasi" + (unit == null ? "" : " di " + unit)
                + " melewati mutu bakunya. Langkah lain yang terlambat selama pemberitahuan ini terbuka ikut "
                + "tercantum di sini. Pemberitahuan tertutup sendiri bila semua langkahnya selesai; tutup sendiri "
                + "dengan arahan kepada pelaksananya.");
        // Tasklist's card: the desa, as on the late steps' own cards
        CaseHeader.UNIT_ID.put(variables, late.tenantId());
        CaseHeader.UNIT.put(variables, unit);
        CaseHeader.JUDUL.put(variables, "Langkah yang melewati mutu baku");
        CaseHeader.SOP.put(variables, "Pemberitahuan langkah terlambat");
        ALAMAT_API_TERLAMBAT.put(variables,
                environment.getProperty("server.servlet.context-path", "") + "/api/mutu-baku/terlambat");
        String notice = notices.open(late.tenantId(), variables);
        repository.noticeOpened(supervisor, late.tenantId(), notice, late.detectedAt());

        mailAfterCommit(supervisor, late.tenantId(), title + ": " + late.stepName(), describe(late, sop.get(), where)
                + "\n\nLangkah lain yang terlambat" + (unit == null ? "" : " di " + unit) + " sebelum Anda menutup "
                + "pemberitahuan ini di Tasklist ditambahkan ke pemberitahuan yang sama, tanpa surel lagi.");
        return Optional.of(notice);
    }

    private String describe(LateStep late, Sop sop, String where) {
        WorkingTimeCalendar calendar = calendars.forProcess(late.processKey(), late.tenantId());
        return "SOP " + sop.name() + where + ".\n"
                + "Langkah \"" + late.stepName() + "\" (pelaksana: " + actors(late) + ", penanggung jawab: "
                + (late.assignee() == null ? "belum diambil siapa pun" : late.assignee()) + ") "
                + "jatuh tempo " + IndonesianTime.format(late.dueAt(), calendar.zone())
                + " (mutu baku " + DurationWords.mutuBaku(late.mutuBaku()) + ") dan belum selesai.\n"
                + "Lihat kasusnya di Cockpit: " + publicAddress.cockpitInstance(late.processInstanceId());
    }

    private String actors(LateStep late) {
        return late.candidateGroups().isEmpty() ? "-" : List.of(late.candidateGroups().split(",")).stream()
                .map(group -> directory.actorName(group).orElse(group))
                .collect(Collectors.joining(", "));
    }

    private void mailAfterCommit(String supervisorGroup, String tenantId, String subject, String text) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        var query = identityService.createUserQuery().memberOfGroup(supervisorGroup);
        if (tenantId != null) {
            query.memberOfTenant(tenantId);
        }
        String[] recipients = query.list().stream().map(User::getEmail)
                .filter(address -> address != null && !address.isBlank())
                .toArray(String[]::new);
        if (recipients.length == 0) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(mail.from());
        message.setTo(recipients);
        message.setSubject("[sopflow] " + subject);
        message.setText(text);
        Runnable send = () -> {
            try {
                sender.send(message);
            } catch (MailException e) {
                log.warn("Surel keterlambatan '{}' tidak terkirim: {}", subject, e.getMessage());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }
}
