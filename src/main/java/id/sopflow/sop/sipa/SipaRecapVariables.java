package id.sopflow.sop.sipa;

import static id.sopflow.ProcessVariable.bool;
import static id.sopflow.ProcessVariable.string;

import id.sopflow.ProcessVariable;

/**
 * Variables and element ids of the two monthly processes of SIPA BERMEDSOS, both started by timers:
 * {@code processes/sipa-bermedsos-rekap-bulanan.bpmn}, the kecamatan's monthly view of how its desa report, for the
 * Camat; and {@code processes/sipa-bermedsos-pengingat-bulanan.bpmn}, the reminders to desa that have not reported
 * yet. (Camunda 7 allows one timer start event per process, hence two.)
 */
public final class SipaRecapVariables {

    public static final String PROCESS_KEY = "sipa-bermedsos-rekap-bulanan";
    public static final String REMINDER_PROCESS_KEY = "sipa-bermedsos-pengingat-bulanan";

    /** The month the recap covers, {@code 2026-11}. */
    public static final ProcessVariable<String> PERIODE_REKAP = string("periodeRekap");
    /** The month in words, "November 2026". */
    public static final ProcessVariable<String> BULAN_REKAP = string("bulanRekap");
    /** Whether this start is the one that composes the recap (the first working day, once per month). */
    public static final ProcessVariable<Boolean> PERLU_REKAP = bool("_perluRekap");
    /** Id and download link of the archived PDF. */
    public static final ProcessVariable<String> REKAP_ID = string("rekapBulananId");
    public static final ProcessVariable<String> REKAP_URL = string("rekapBulananUrl");
    /** One line per desa: what the Camat's form shows next to the PDF. */
    public static final ProcessVariable<String> RINGKASAN_REKAP = string("ringkasanRekap");
    /** The Camat's direction after reading the recap (the form's only input). */
    public static final ProcessVariable<String> ARAHAN_REKAP = string("arahanRekap");
    /** The desa that got a reminder, comma-separated, or "-" for none. */
    public static final ProcessVariable<String> DESA_DIINGATKAN = string("desaDiingatkan");

    public static final String START_AWAL_BULAN = "event_awalBulan";
    public static final String START_TANGGAL_PENGINGAT = "event_tanggalPengingat";
    public static final String SUSUN_REKAP = "serviceTask_susunRekapBulanan";
    public static final String BACA_REKAP = "userTask_bacaRekapBulanan";
    public static final String INGATKAN_DESA = "serviceTask_ingatkanDesa";

    private SipaRecapVariables() {
    }
}
