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

    public static final Field LUAS_WILAYAH = new Field("luasWilayahHa", "Luas wilayah (ha)", Kind.AREA);
    public static final Field BATAS_UTARA = new Field("batasUtara", "Batas sebelah utara", Kind.TEXT);
    public static final Field BATAS_SELATAN = new Field("batasSelatan", "Batas sebelah selatan", Kind.TEXT);
    public static final Field BATAS_TIMUR = new Field("batasTimur", "Batas sebelah timur", Kind.TEXT);
    public static final Field BATAS_BARAT = new Field("batasBarat", "Batas sebelah barat", Kind.TEXT);
    public static final Field JUMLAH_RW = new Field("jumlahRw", "Jumlah RW", Kind.COUNT);
    public static final Field JUMLAH_RT = new Field("jumlahRt", "Jumlah RT", Kind.COUNT);
    public static final Field LAKI_LAKI = new Field("jumlahLakiLaki", "Jumlah penduduk laki-laki (jiwa)", Kind.COUNT);
    public static final Field PEREMPUAN = new Field("jumlahPerempuan", "Jumlah penduduk perempuan (jiwa)", Kind.COUNT);
    public static final Field PENDUDUK = new Field("jumlahPenduduk", "Jumlah penduduk (jiwa)", Kind.COUNT);
    public static final Field KEPALA_KELUARGA = new Field("jumlahKepalaKeluarga",
            "Jumlah kepala keluarga (KK)", Kind.COUNT);
    public static final Field MP_PETANI = new Field("mpPetani", "Mata pencaharian: petani (orang)", Kind.COUNT);
    public static final Field MP_NELAYAN = new Field("mpNelayan", "Mata pencaharian: nelayan (orang)", Kind.COUNT);
    public static final Field MP_PEDAGANG = new Field("mpPedagang", "Mata pencaharian: pedagang (orang)", Kind.COUNT);
    public static final Field MP_PNS_TNI_POLRI = new Field("mpPnsTniPolri",
            "Mata pencaharian: PNS/TNI/Polri (orang)", Kind.COUNT);
    public static final Field MP_KARYAWAN_SWASTA = new Field("mpKaryawanSwasta",
            "Mata pencaharian: karyawan swasta (orang)", Kind.COUNT);
    public static final Field MP_WIRASWASTA = new Field("mpWiraswasta",
            "Mata pencaharian: wiraswasta (orang)", Kind.COUNT);
    public static final Field MP_LAINNYA = new Field("mpLainnya", "Mata pencaharian: lainnya (orang)", Kind.COUNT);
    public static final Field SARANA_PENDIDIKAN = new Field("saranaPendidikan",
            "Sarana pendidikan: sekolah (unit)", Kind.COUNT);
    public static final Field SARANA_KESEHATAN = new Field("saranaKesehatan",
            "Sarana kesehatan: puskesmas/pustu/klinik (unit)", Kind.COUNT);
    public static final Field SARANA_POSYANDU = new Field("saranaPosyandu", "Posyandu (unit)", Kind.COUNT);
    public static final Field SARANA_IBADAH = new Field("saranaIbadah", "Tempat ibadah (unit)", Kind.COUNT);
    public static final Field SARANA_PASAR = new Field("saranaPasar", "Pasar (unit)", Kind.COUNT);

    public static final List<Field> FIELDS = List.of(
            LUAS_WILAYAH, BATAS_UTARA, BATAS_SELATAN, BATAS_TIMUR, BATAS_BARAT, JUMLAH_RW, JUMLAH_RT, LAKI_LAKI,
            PEREMPUAN, PENDUDUK, KEPALA_KELUARGA, MP_PETANI, MP_NELAYAN, MP_PEDAGANG, MP_PNS_TNI_POLRI,
            MP_KARYAWAN_SWASTA, MP_WIRASWASTA, MP_LAINNYA, SARANA_PENDIDIKAN, SARANA_KESEHATAN, SARANA_POSYANDU,
            SARANA_IBADAH, SARANA_PASAR);

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
