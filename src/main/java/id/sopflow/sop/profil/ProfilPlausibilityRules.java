package id.sopflow.sop.profil;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.sopflow.sop.profil.ProfilInstrument.Field;
import id.sopflow.sop.profil.ProfilInstrument.Kind;
import id.sopflow.verification.Kelengkapan;
import id.sopflow.verification.KelengkapanCheck;

/**
 * The automatic plausibility check of a kampung's profile before the Tim sees it: every field filled in, no
 * negative numbers, whole numbers where people or buildings are counted, and the figures agreeing with each other
 * (laki-laki + perempuan = jumlah penduduk; kepala keluarga not more than penduduk; livelihoods not more than
 * penduduk; at least one RT per RW). Each problem is one sentence in Bahasa Indonesia naming the form's label.
 */
@Component
public class ProfilPlausibilityRules {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    /** @param values the form's variables by key; absent, null, blank or non-numeric values are problems */
    public Kelengkapan check(Map<String, ?> values) {
        KelengkapanCheck check = new KelengkapanCheck();
        Map<String, BigDecimal> numbers = new HashMap<>();
        for (Field field : ProfilInstrument.FIELDS) {
            Object value = values.get(field.key());
            if (field.kind() == Kind.TEXT) {
                check.required(field.label(), value == null ? null : value.toString());
                continue;
            }
            BigDecimal number = number(value);
            if (number == null) {
                if (check.required(field.label(), value == null ? null : value.toString())) {
                    check.problem(field.label() + " harus berupa angka.");
                }
            } else if (number.signum() < 0) {
                check.problem(field.label() + " tidak boleh negatif.");
            } else if (field.kind() == Kind.COUNT && number.stripTrailingZeros().scale() > 0) {
                check.problem(field.label() + " harus bilangan bulat.");
            } else if (field.kind() == Kind.AREA && number.signum() == 0) {
                check.problem(field.label() + " harus lebih dari 0.");
            } else {
                numbers.put(field.key(), number);
            }
        }
        consistency(numbers, check);
        return check.result();
    }

    private static void consistency(Map<String, BigDecimal> n, KelengkapanCheck check) {
        BigDecimal men = n.get(ProfilInstrument.LAKI_LAKI.key());
        BigDecimal women = n.get(ProfilInstrument.PEREMPUAN.key());
        BigDecimal population = n.get(ProfilInstrument.PENDUDUK.key());
        BigDecimal households = n.get(ProfilInstrument.KEPALA_KELUARGA.key());
        if (men != null && women != null && population != null && men.add(women).compareTo(population) != 0) {
            check.problem("Jumlah penduduk laki-laki (" + format(men) + ") ditambah perempuan (" + format(women)
                    + ") = " + format(men.add(women)) + ", tidak sama dengan jumlah penduduk ("
                    + format(population) + ").");
        }
        if (households != null && population != null) {
            if (households.compareTo(population) > 0) {
                check.problem("Jumlah kepala keluarga (" + format(households) + ") tidak boleh lebih dari jumlah "
                        + "penduduk (" + format(population) + ").");
            } else if (population.signum() > 0 && households.signum() == 0) {
                check.problem("Jumlah kepala keluarga tidak boleh 0 bila ada penduduk.");
            }
        }
        if (population != null && ProfilInstrument.MATA_PENCAHARIAN.stream().allMatch(n::containsKey)) {
            BigDecimal working = ProfilInstrument.MATA_PENCAHARIAN.stream().map(n::get)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (working.compareTo(population) > 0) {
                check.problem("Jumlah penduduk menurut mata pencaharian (" + format(working) + ") tidak boleh lebih "
                        + "dari jumlah penduduk (" + format(population) + ").");
            }
        }
        BigDecimal rw = n.get(ProfilInstrument.JUMLAH_RW.key());
        BigDecimal rt = n.get(ProfilInstrument.JUMLAH_RT.key());
        if (rw != null && rt != null && rt.compareTo(rw) < 0) {
            check.problem("Jumlah RT (" + format(rt) + ") tidak boleh lebih sedikit dari jumlah RW (" + format(rw)
                    + "): setiap RW paling sedikit punya satu RT.");
        }
    }

    /** Numbers as Tasklist submits them (Integer, Long, Double) or as typed text with a decimal comma. */
    static BigDecimal number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return new BigDecimal(text.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static String format(BigDecimal number) {
        return String.format(INDONESIAN, number.stripTrailingZeros().scale() > 0 ? "%,.2f" : "%,d",
                number.stripTrailingZeros().scale() > 0 ? number : number.toBigInteger());
    }
}
