package id.sopflow.sop.profil;

import java.util.List;
import java.util.Optional;

import id.sopflow.ProcessVariable;

/**
 * The profile instrument the Pokja fills in ({@code forms/profil-isi-instrumen.form}): a subset of the national
 * <i>profil desa dan kelurahan</i> data (Permendagri 12/2007; the Prodeskel website's "Data Dasar") — area and
 * boundaries, population by sex and households, livelihoods and facilities — in the order the Prodeskel pages ask
 * for them, so the export reads top to bottom like the website. The keys are the form's variable names.
 */
public final class ProfilInstrument {

    /** How a field is checked and written out. */
    public enum Kind {
        /** Free text. */
        TEXT,
        /** A whole number of people, households, buildings… */
        COUNT,
        /** Hectares, decimals allowed. */
        AREA
    }

    /** One field: its form key, its label as the form and the export show it, and its kind. */
    public record Field(String key, String label, Kind kind) {

        /** The field's variable: a number or a text, as the form sent it. */
        public ProcessVariable<Object> variable() {
            return new ProcessVariable<>(key, Object.class);
        }
    }

    public static final String LUAS_WILAYAH = "luasWilayahHa";
    public static final String JUMLAH_RW = "jumlahRw";
    public static final String JUMLAH_RT = "jumlahRt";
    public static final String LAKI_LAKI = "jumlahLakiLaki";
    public static final String PEREMPUAN = "jumlahPerempuan";
    public static final String PENDUDUK = "jumlahPenduduk";
    public static final String KEPALA_KELUARGA = "jumlahKepalaKeluarga";

    public static final List<Field> FIELDS = List.of(
            new Field(LUAS_WILAYAH, "Luas wilayah (ha)", Kind.AREA),
            new Field("batasUtara", "Batas sebelah utara", Kind.TEXT),
            new Field("batasSelatan", "Batas sebelah selatan", Kind.TEXT),
            new Field("batasTimur", "Batas sebelah timur", Kind.TEXT),
            new Field("batasBarat", "Batas sebelah barat", Kind.TEXT),
            new Field(JUMLAH_RW, "Jumlah RW", Kind.COUNT),
            new Field(JUMLAH_RT, "Jumlah RT", Kind.COUNT),
            new Field(LAKI_LAKI, "Jumlah penduduk laki-laki (jiwa)", Kind.COUNT),
            new Field(PEREMPUAN, "Jumlah penduduk perempuan (jiwa)", Kind.COUNT),
            new Field(PENDUDUK, "Jumlah penduduk (jiwa)", Kind.COUNT),
            new Field(KEPALA_KELUARGA, "Jumlah kepala keluarga (KK)", Kind.COUNT),
            new Field("mpPetani", "Mata pencaharian: petani (orang)", Kind.COUNT),
            new Field("mpNelayan", "Mata pencaharian: nelayan (orang)", Kind.COUNT),
            new Field("mpPedagang", "Mata pencaharian: pedagang (orang)", Kind.COUNT),
            new Field("mpPnsTniPolri", "Mata pencaharian: PNS/TNI/Polri (orang)", Kind.COUNT),
            new Field("mpKaryawanSwasta", "Mata pencaharian: karyawan swasta (orang)", Kind.COUNT),
            new Field("mpWiraswasta", "Mata pencaharian: wiraswasta (orang)", Kind.COUNT),
            new Field("mpLainnya", "Mata pencaharian: lainnya (orang)", Kind.COUNT),
            new Field("saranaPendidikan", "Sarana pendidikan: sekolah (unit)", Kind.COUNT),
            new Field("saranaKesehatan", "Sarana kesehatan: puskesmas/pustu/klinik (unit)", Kind.COUNT),
            new Field("saranaPosyandu", "Posyandu (unit)", Kind.COUNT),
            new Field("saranaIbadah", "Tempat ibadah (unit)", Kind.COUNT),
            new Field("saranaPasar", "Pasar (unit)", Kind.COUNT));

    /** The livelihood fields: together at most the population. */
    public static final List<String> MATA_PENCAHARIAN = FIELDS.stream().map(Field::key)
            .filter(key -> key.startsWith("mp")).toList();

    public static Optional<Field> field(String key) {
        return FIELDS.stream().filter(field -> field.key().equals(key)).findFirst();
    }

    public static String label(String key) {
        return field(key).map(Field::label).orElse(key);
    }

    private ProfilInstrument() {
    }
}
