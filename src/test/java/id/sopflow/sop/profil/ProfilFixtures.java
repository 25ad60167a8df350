package id.sopflow.sop.profil;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A plausible kampung profile as the Pokja's form hands it in, and scanned documents. */
final class ProfilFixtures {

    private ProfilFixtures() {
    }

    static Map<String, Object> plausibleProfile() {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("luasWilayahHa", 125.5);
        profile.put("batasUtara", "Kampung Mekar Jaya");
        profile.put("batasSelatan", "Sungai Way Sekampung");
        profile.put("batasTimur", "Jalan Lintas Timur");
        profile.put("batasBarat", "Kelurahan Sido Mulyo; hutan rakyat");
        profile.put("jumlahRw", 4);
        profile.put("jumlahRt", 12);
        profile.put("jumlahLakiLaki", 1510);
        profile.put("jumlahPerempuan", 1490);
        profile.put("jumlahPenduduk", 3000);
        profile.put("jumlahKepalaKeluarga", 850);
        profile.put("mpPetani", 700);
        profile.put("mpNelayan", 20);
        profile.put("mpPedagang", 150);
        profile.put("mpPnsTniPolri", 40);
        profile.put("mpKaryawanSwasta", 200);
        profile.put("mpWiraswasta", 120);
        profile.put("mpLainnya", 300);
        profile.put("saranaPendidikan", 3);
        profile.put("saranaKesehatan", 1);
        profile.put("saranaPosyandu", 4);
        profile.put("saranaIbadah", 6);
        profile.put("saranaPasar", 1);
        return profile;
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }
}
