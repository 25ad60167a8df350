package id.sopflow.sop.setwan;

import id.sopflow.reporting.SopSteps;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.sopflow.identity.AsSystem;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Organisation;
import id.sopflow.identity.OrganisationModel.Sop;

/**
 * Row 4: the recurring duty "Update data dan informasi berkala". When the schedule
 * ({@code sopflow.setwan.pembaruan-berkala.jadwal}) is due, the organisation's Staf gets one update task listing
 * what is currently published.
 *
 * <p><b>No pile-up.</b> While an update task of the organisation is still open, a due moment makes no second task:
 * it is folded into the open one ({@code jadwalTergabung} counts the moments it now covers, {@code jadwalTerakhir}
 * is the latest, and its list of published information is refreshed). The open task was already marked late by its
 * own 60-minute timer, like any step. Moments missed while the application was down are not made up one by one:
 * the latest one is served when it comes back.
 *
 * <p><b>Tenant.</b> The case is started by sopflow, not by a user: it is started as the system user
 * {@value #SYSTEM_USER} whose only tenant is the organisation running the SOP (from the organisation file), so the
 * usual {@code StarterTenantIdProvider} gives it that tenant and only that organisation's staff see the task. The
 * engine's authorization check is off for this one start, which no user asked for.
 *
 * <p>Every moment is recorded in {@code SOPFLOW_SETWAN_PEMBARUAN} in the same transaction as the start or the fold;
 * its key lets two application nodes serve a moment once.
 */
@Service
public class SetwanPeriodicUpdates {

    static final String SYSTEM_USER = "sopflow-jadwal";

    private static final Logger log = LoggerFactory.getLogger(SetwanPeriodicUpdates.class);
    private static final DateTimeFormatter LABEL =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH.mm", Locale.forLanguageTag("id"));

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final CommandExecutor commandExecutor;
    private final UpdateSlotRepository slots;
    private final SetwanPublishedListing listing;
    private final OrganisationDirectory directory;
    private final SetwanProperties properties;
    private final TransactionTemplate transaction;
    private final SopSteps steps;

    SetwanPeriodicUpdates(ProcessEngine engine, UpdateSlotRepository slots, SetwanPublishedListing listing,
                          OrganisationDirectory directory, SetwanProperties properties,
                          PlatformTransactionManager transactionManager, SopSteps steps) {
        this.steps = steps;
        this.runtimeService = engine.getRuntimeService();
        this.taskService = engine.getTaskService();
        this.identityService = engine.getIdentityService();
        this.commandExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.slots = slots;
        this.listing = listing;
        this.directory = directory;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Serves the scheduled moment that is due at {@code now}, if any.
     *
     * @return what was done; empty when nothing was due (or another node served it)
     */
    public Optional<UpdateSlot> runDue(Instant now) {
        Sop sop = directory.sop(SetwanVariables.PROCESS_KEY).orElseThrow(() -> new IllegalStateException(
                "SOP " + SetwanVariables.PROCESS_KEY + " tidak ada di berkas organisasi"));
        Organisation organisation = directory.organisation(sop.organisation()).orElseThrow();
        UpdateSchedule schedule = UpdateSchedule.of(properties.pembaruanBerkala().jadwal(),
                ZoneId.of(organisation.timeZone()));
        try {
            return transaction.execute(status -> AsSystem.run(identityService,
                    () -> serve(organisation, schedule, now)));
        } catch (DuplicateKeyException e) {
            log.info("Jadwal pembaruan berkala {} sudah dilayani oleh node lain", organisation.id());
            return Optional.empty();
        }
    }

    private Optional<UpdateSlot> serve(Organisation organisation, UpdateSchedule schedule, Instant now) {
        String tenantId = organisation.id();
        Optional<Instant> last = slots.last(tenantId);
        if (last.isEmpty()) {
            UpdateSlot start = new UpdateSlot(tenantId, now, UpdateSlot.Outcome.MULAI, null, now);
            slots.insert(start);
            return Optional.of(start);
        }
        Optional<Instant> due = schedule.latestDue(last.get(), now);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Instant moment = due.get();
        Optional<Task> open = openUpdate(tenantId);
        if (open.isPresent()) {
            String processInstanceId = open.get().getProcessInstanceId();
            UpdateSlot folded = new UpdateSlot(tenantId, moment, UpdateSlot.Outcome.DIGABUNG, processInstanceId, now);
            slots.insert(folded);
            fold(processInstanceId, organisation, moment);
            log.info("Pembaruan berkala {} masih terbuka: jadwal {} digabungkan ke kasus {}", tenantId, moment,
                    processInstanceId);
            return Optional.of(folded);
        }
        slots.insert(new UpdateSlot(tenantId, moment, UpdateSlot.Outcome.DIBUAT, null, now));
        String processInstanceId = start(organisation, moment).getId();
        slots.setProcessInstance(tenantId, moment, processInstanceId);
        log.info("Pembaruan berkala {} untuk jadwal {} dibuat: kasus {}", tenantId, moment, processInstanceId);
        return Optional.of(new UpdateSlot(tenantId, moment, UpdateSlot.Outcome.DIBUAT, processInstanceId, now));
    }

    private Optional<Task> openUpdate(String tenantId) {
        return taskService.createTaskQuery()
                .processDefinitionKey(SetwanVariables.PROCESS_KEY)
                .tenantIdIn(tenantId)
                .orderByTaskCreateTime().asc()
                .list().stream()
                // By template or 'langkah' property, not by element id: a rename in Modeler keeps one open update.
                .filter(task -> steps.is(task.getProcessDefinitionId(), task.getTaskDefinitionKey(),
                        SetwanElements.STEP_UPDATE_BERKALA))
                .findFirst();
    }

    /** E.g. "Senin, 23 November 2026 08.00 WITA": the moment as the organisation's staff read it. */
    static String label(Instant moment, ZoneId zone) {
        String abbreviation = switch (zone.getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> " WIB";
            case "Asia/Makassar" -> " WITA";
            case "Asia/Jayapura" -> " WIT";
            default -> " (" + zone.getId() + ")";
        };
        return LABEL.format(moment.atZone(zone)) + abbreviation;
    }

    private void fold(String processInstanceId, Organisation organisation, Instant moment) {
        String tenantId = organisation.id();
        int folded = SetwanVariables.JADWAL_TERGABUNG.fromCase(runtimeService, processInstanceId).orElse(0);
        SetwanPublishedListing.Listing current = listing.of(tenantId);
        SetwanVariables.JADWAL_TERGABUNG.setOnCase(runtimeService, processInstanceId, folded + 1);
        SetwanVariables.JADWAL_TERAKHIR.setOnCase(runtimeService, processInstanceId, Date.from(moment));
        SetwanVariables.JADWAL_TERAKHIR_TEKS.setOnCase(runtimeService, processInstanceId,
                label(moment, ZoneId.of(organisation.timeZone())));
        SetwanVariables.DAFTAR_PUBLIKASI.setOnCase(runtimeService, processInstanceId, current.text());
        SetwanVariables.JUMLAH_PUBLIKASI.setOnCase(runtimeService, processInstanceId, current.count());
    }

    private ProcessInstance start(Organisation organisation, Instant moment) {
        String businessKey = "pembaruan-" + DateTimeFormatter.ISO_LOCAL_DATE_TIME
                .format(moment.atZone(ZoneId.of(organisation.timeZone()))).replace(':', '.');
        String label = label(moment, ZoneId.of(organisation.timeZone()));
        identityService.setAuthentication(SYSTEM_USER, List.of(), List.of(organisation.id()));
        try {
            return commandExecutor.execute(commandContext -> {
                commandContext.disableAuthorizationCheck();
                return runtimeService.createMessageCorrelation(SetwanVariables.MESSAGE_PEMBARUAN)
                        .processInstanceBusinessKey(businessKey)
                        .setVariable(SetwanVariables.JADWAL_PEMBARUAN.name(), Date.from(moment))
                        .setVariable(SetwanVariables.JADWAL_PEMBARUAN_TEKS.name(), label)
                        // The Tasklist filters show every case's judul.
                        .setVariable(SetwanVariables.JUDUL.name(), "Pembaruan berkala " + label)
                        .setVariable(SetwanVariables.JADWAL_TERGABUNG.name(), 0)
                        .correlateStartMessage();
            });
        } finally {
            identityService.clearAuthentication();
        }
    }
}
