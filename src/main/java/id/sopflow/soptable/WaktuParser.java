package id.sopflow.soptable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mutu baku time of a paper SOP ("10 menit", "1 Jam", "3 hari kerja", "1,5 jam", "14 (empat belas) hari kerja",
 * "1 x 24 jam", "1 bulan") as the ISO 8601 duration a diagram's due date and timer carry.
 *
 * <p>The duration keeps the unit the paper uses ("60 menit" is {@code PT60M}, not {@code PT1H}), so a generated
 * diagram carries what the hand-drawn ones carry. What the parts mean is the mutu-baku calendar's business
 * ({@link id.sopflow.mutubaku.WorkingTimeCalendar}): minutes, hours, days and weeks are working time, months and years
 * calendar time; {@link id.sopflow.mutubaku.DurationWords#mutuBaku} reads them back ("1 jam kerja", "1 bulan").
 * "N x 24 jam", the public-service way of writing N days, is N working days.
 */
public final class WaktuParser {

    private static final String EXAMPLES =
            "tulis angka dan satuan, misalnya \"10 menit\", \"1 jam\", \"1,5 jam\", \"3 hari\", \"2 minggu\" atau"
                    + " \"1 bulan\"";

    /** Units from the largest down; the order a waktu must name them in. */
    private enum Unit {
        TAHUN("Y", false), BULAN("M", false), MINGGU("W", false), HARI("D", false), JAM("H", true),
        MENIT("M", true);

        final String iso;
        final boolean time;

        Unit(String iso, boolean time) {
            this.iso = iso;
            this.time = time;
        }

        static Unit of(String word) {
            return switch (word) {
                case "tahun" -> TAHUN;
                case "bulan" -> BULAN;
                case "minggu", "pekan" -> MINGGU;
                case "hari" -> HARI;
                case "jam" -> JAM;
                default -> MENIT; // menit, mnt
            };
        }
    }

    /** One "number (number in words) unit [kerja]" part; the words in brackets are how legal texts repeat it. */
    private static final Pattern PART = Pattern.compile(
            "\\G\\s*(\\d+(?:[.,]\\d+)?)\\s*(?:\\([^)]*\\)\\s*)?(menit|mnt|jam|hari|minggu|pekan|bulan|tahun)\\b"
                    + "(\\s*kerja\\b)?");
    private static final Pattern TIMES_24_HOURS = Pattern.compile("(\\d+)\\s*[x×]\\s*24\\s*jam");

    private WaktuParser() {
    }

    /**
     * @param asWritten the cell as the paper writes it
     * @return the waktu with its text as written (trimmed) and its ISO duration
     * @throws IllegalArgumentException with a reason in Bahasa Indonesia a process owner can act on
     */
    public static SopTable.Waktu parse(String asWritten) {
        String written = asWritten == null ? "" : asWritten.strip().replaceAll("\\s+", " ");
        if (written.isEmpty() || written.equals("-")) {
            throw new IllegalArgumentException("belum diisi; " + EXAMPLES);
        }
        String text = TIMES_24_HOURS.matcher(written.toLowerCase(Locale.ROOT)).replaceAll("$1 hari");
        if (text.contains("kalender")) {
            throw new IllegalArgumentException("\"" + written + "\": hari kalender tidak dapat dipakai karena sopflow"
                    + " menghitung hari, jam dan menit sebagai waktu kerja; tulis hari kerja (\"3 hari\") atau bulan"
                    + " (\"1 bulan\")");
        }
        Matcher part = PART.matcher(text);
        long[] amounts = new long[Unit.values().length];
        List<Unit> seen = new ArrayList<>();
        int end = 0;
        while (end < text.length() && part.find(end) && part.start() == end) {
            Unit unit = Unit.of(part.group(2));
            if (!seen.isEmpty() && seen.get(seen.size() - 1).compareTo(unit) >= 0) {
                throw new IllegalArgumentException("\"" + written + "\": satuan ditulis dari yang terbesar ke yang"
                        + " terkecil dan masing-masing sekali, misalnya \"1 hari 3 jam\" atau \"1 jam 30 menit\"");
            }
            seen.add(unit);
            BigDecimal amount = new BigDecimal(part.group(1).replace(',', '.'));
            if (unit == Unit.JAM) {
                BigDecimal minutes = amount.multiply(BigDecimal.valueOf(60));
                if (minutes.stripTrailingZeros().scale() > 0) {
                    throw new IllegalArgumentException("\"" + written + "\": jam pecahan harus menjadi menit utuh"
                            + " (\"1,5 jam\" = 90 menit); tulis misalnya \"1 jam 20 menit\"");
                }
                amounts[Unit.JAM.ordinal()] += amount.intValue();
                amounts[Unit.MENIT.ordinal()] += minutes.intValue() - amount.intValue() * 60L;
            } else if (amount.stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException("\"" + written + "\": pecahan hanya dapat dipakai untuk jam"
                        + " (\"1,5 jam\"); tulis " + unit.name().toLowerCase(Locale.ROOT) + " utuh atau satuan yang"
                        + " lebih kecil, misalnya \"1 hari 4 jam\"");
            } else {
                amounts[unit.ordinal()] += amount.longValueExact();
            }
            end = part.end();
        }
        if (end == 0 || !text.substring(end).isBlank()) {
            throw new IllegalArgumentException("\"" + written + "\" bukan waktu yang dapat dibaca; " + EXAMPLES);
        }
        if (Arrays.stream(amounts).allMatch(amount -> amount == 0)) {
            throw new IllegalArgumentException("\"" + written + "\": waktu harus lebih dari nol");
        }
        return new SopTable.Waktu(written, iso(amounts));
    }

    private static String iso(long[] amounts) {
        StringBuilder date = new StringBuilder("P");
        StringBuilder time = new StringBuilder();
        for (Unit unit : Unit.values()) {
            long amount = amounts[unit.ordinal()];
            if (amount > 0) {
                (unit.time ? time : date).append(amount).append(unit.iso);
            }
        }
        return time.isEmpty() ? date.toString() : date + "T" + time;
    }
}
