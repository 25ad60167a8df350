package id.sopflow.mutubaku;

import static id.sopflow.mutubaku.LateStepNoticeVariables.ALAMAT_API_TERLAMBAT;
import static id.sopflow.mutubaku.LateStepNoticeVariables.JATUH_TEMPO_TEKS;
import static id.sopflow.mutubaku.LateStepNoticeVariables.JUDUL_PEMBERITAHUAN;
import static id.sopflow.mutubaku.LateStepNoticeVariables.KASUS_PROSES_ID;
import static id.sopflow.mutubaku.LateStepNoticeVariables.LANGKAH;
import static id.sopflow.mutubaku.LateStepNoticeVariables.LANGKAH_ID;
import static id.sopflow.mutubaku.LateStepNoticeVariables.LANGKAH_TASK_ID;
import static id.sopflow.mutubaku.LateStepNoticeVariables.MUTU_BAKU_TEKS;
import static id.sopflow.mutubaku.LateStepNoticeVariables.PELAKSANA;
import static id.sopflow.mutubaku.LateStepNoticeVariables.PENANGGUNG_JAWAB;
import static id.sopflow.mutubaku.LateStepNoticeVariables.PENGAWAS;
import static id.sopflow.mutubaku.LateStepNoticeVariables.RINGKASAN;
import static id.sopflow.mutubaku.LateStepNoticeVariables.TAUTAN_COCKPIT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
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

import id.sopflow.ProcessVariable;
import id.sopflow.PublicAddress;
import id.sopflow.caseheader.CaseHeader;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Sop;

/**
 * Tells an SOP's supervisor (the Camat, the Ketua PPID, the Kabag, the Kadis) that a step is late.
 *
 * <p>Always through Tasklist: a notice ({@link LateStepNotices}) for the supervisor group in the case's tenant, which
 * is durable, commits with the late-step record, closes itself when the step is done, and may be closed with an
 * arahan. By mail as well when an SMTP server is configured
 * ({@code spring.mail.host}): sent to the supervisors of that tenant who have an e-mail address, only after the
 * record is committed (a rolled-back or retried timer job never mails twice), and a mail failure is logged, never
 * allowed to undo the record.
 */
@Component
class SupervisorNotifier {

    private static final Logger log = LoggerFactory.getLogger(SupervisorNotifier.class);

    private final TaskService taskService;
    private final LateStepNotices notices;
    private final Environment environment;
    private final IdentityService identityService;
    private final OrganisationDirectory directory;
    private final MutuBakuCalendars calendars;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MutuBakuMailProperties mail;
    private final PublicAddress publicAddress;

    SupervisorNotifier(TaskService taskService, LateStepNotices notices, Environment environment,
                       IdentityService identityService, OrganisationDirectory directory,
                       MutuBakuCalendars calendars, ObjectProvider<JavaMailSender> mailSender,
                       MutuBakuMailProperties mail, PublicAddress publicAddress) {
        this.taskService = taskService;
        this.notices = notices;
        this.environment = environment;
        this.identityService = identityService;
        this.directory = directory;
        this.calendars = calendars;
        this.mailSender = mailSender;
        this.mail = mail;
        this.publicAddress = publicAddress;
    }

    /** @return the supervisor's Tasklist task, or empty when the SOP is not in the organisation file */
    Optional<String> lateStep(LateStep late) {
        Optional<Sop> sop = directory.sop(late.processKey());
        if (sop.isEmpty()) {
            log.warn("SOP {} tidak ada di berkas organisasi; keterlambatan {} dicatat tanpa pemberitahuan",
                    late.processKey(), late.stepId());
            return Optional.empty();
        }
        String where = late.tenantId() == null ? ""
                : " — " + directory.tenantName(late.tenantId()).orElse(late.tenantId());
        String title = "Langkah terlambat: " + late.stepName() + where;
        String text = describe(late, sop.get(), where);

        WorkingTimeCalendar calendar = calendars.forProcess(late.processKey(), late.tenantId());
        // The late task's card copies of the header (CaseHeaderOnTasks): read with the task the late-step handler
        // has in hand, where the case's own variables would cost another query.
        Map<String, Object> header = taskService.getVariablesLocal(late.taskId(),
                CaseHeader.HEADER.stream().map(ProcessVariable::name).toList());
        String unit = late.tenantId() == null ? null : directory.tenantName(late.tenantId()).orElse(late.tenantId());
        String assignee = late.assignee() == null ? "belum diambil siapa pun" : late.assignee();
        VariableMap variables = Variables.createVariables();
        PENGAWAS.put(variables, sop.get().supervisor());
        JUDUL_PEMBERITAHUAN.put(variables, title);
        RINGKASAN.put(variables, text);
        CaseHeader.UNIT_ID.put(variables, CaseHeader.UNIT_ID.from(header).orElse(late.tenantId()));
        CaseHeader.UNIT.put(variables, CaseHeader.UNIT.from(header).orElse(unit));
        CaseHeader.JUDUL.put(variables, CaseHeader.JUDUL.from(header).orElse(sop.get().name()));
        CaseHeader.SOP.put(variables, CaseHeader.SOP.from(header).orElse(sop.get().name()));
        LANGKAH.put(variables, late.stepName());
        LANGKAH_ID.put(variables, late.stepId());
        LANGKAH_TASK_ID.put(variables, late.taskId());
        KASUS_PROSES_ID.put(variables, late.processInstanceId());
        PELAKSANA.put(variables, actors(late));
        PENANGGUNG_JAWAB.put(variables, assignee);
        MUTU_BAKU_TEKS.put(variables, DurationWords.mutuBaku(late.mutuBaku()));
        JATUH_TEMPO_TEKS.put(variables, IndonesianTime.format(late.dueAt(), calendar.zone()));
        TAUTAN_COCKPIT.put(variables, publicAddress.cockpitInstance(late.processInstanceId()));
        ALAMAT_API_TERLAMBAT.put(variables,
                environment.getProperty("server.servlet.context-path", "") + "/api/mutu-baku/terlambat");
        String notice = notices.open(late.tenantId(), variables);

        mailAfterCommit(sop.get().supervisor(), late.tenantId(), title, text);
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
