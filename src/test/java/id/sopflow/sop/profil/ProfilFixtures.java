package id.sopflow.sop.profil;

import static id.sopflow.sop.profil.ProfilInstrument.BATAS_BARAT;
import static id.sopflow.sop.profil.ProfilInstrument.BATAS_SELATAN;
import static id.sopflow.sop.profil.ProfilInstrument.BATAS_TIMUR;
import static id.sopflow.sop.profil.ProfilInstrument.BATAS_UTARA;
import static id.sopflow.sop.profil.ProfilInstrument.JUMLAH_RT;
import static id.sopflow.sop.profil.ProfilInstrument.JUMLAH_RW;
import static id.sopflow.sop.profil.ProfilInstrument.KEPALA_KELUARGA;
import static id.sopflow.sop.profil.ProfilInstrument.LAKI_LAKI;
import static id.sopflow.sop.profil.ProfilInstrument.LUAS_WILAYAH;
import static id.sopflow.sop.profil.ProfilInstrument.MP_KARYAWAN_SWASTA;
import static id.sopflow.sop.profil.ProfilInstrument.MP_LAINNYA;
import static id.sopflow.sop.profil.ProfilInstrument.MP_NELAYAN;
import static id.sopflow.sop.profil.ProfilInstrument.MP_PEDAGANG;
import static id.sopflow.sop.profil.ProfilInstrument.MP_PETANI;
import static id.sopflow.sop.profil.ProfilInstrument.MP_PNS_TNI_POLRI;
import static id.sopflow.sop.profil.ProfilInstrument.MP_WIRASWASTA;
import static id.sopflow.sop.profil.ProfilInstrument.PENDUDUK;
import static id.sopflow.sop.profil.ProfilInstrument.PEREMPUAN;
import static id.sopflow.sop.profil.ProfilInstrument.SARANA_IBADAH;
import static id.sopflow.sop.profil.ProfilInstrument.SARANA_KESEHATAN;
import static id.sopflow.sop.profil.ProfilInstrument.SARANA_PASAR;
import static id.sopflow.sop.profil.ProfilInstrument.SARANA_PENDIDIKAN;
import static id.sopflow.sop.profil.ProfilInstrument.SARANA_POSYANDU;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** A plausible kampung profile as the Pokja's form hands it in, and scanned documents. */
final class ProfilFixtures {

    private ProfilFixtures() {
    }

    static VariableMap plausibleProfile() {
        VariableMap profile = Variables.createVariables();
        put(profile, LUAS_WILAYAH, 125.5);
        put(profile, BATAS_UTARA, "Kampung Mekar Jaya");
        put(profile, BATAS_SELATAN, "Sungai Way Sekampung");
        put(profile, BATAS_TIMUR, "Jalan Lintas Timur");
        put(profile, BATAS_BARAT, "Kelurahan Sido Mulyo; hutan rakyat");
        put(profile, JUMLAH_RW, 4);
        put(profile, JUMLAH_RT, 12);
        put(profile, LAKI_LAKI, 1510);
        put(profile, PEREMPUAN, 1490);
        put(profile, PENDUDUK, 3000);
        put(profile, KEPALA_KELUARGA, 850);
        put(profile, MP_PETANI, 700);
        put(profile, MP_NELAYAN, 20);
        put(profile, MP_PEDAGANG, 150);
        put(profile, MP_PNS_TNI_POLRI, 40);
        put(profile, MP_KARYAWAN_SWASTA, 200);
        put(profile, MP_WIRASWASTA, 120);
        put(profile, MP_LAINNYA, 300);
        put(profile, SARANA_PENDIDIKAN, 3);
        put(profile, SARANA_KESEHATAN, 1);
        put(profile, SARANA_POSYANDU, 4);
        put(profile, SARANA_IBADAH, 6);
        put(profile, SARANA_PASAR, 1);
        return profile;
    }

    private static void put(VariableMap profile, ProfilInstrument.Field field, Object value) {
        field.variable().put(profile, value);
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }
}
