package id.sopflow.verification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers as Indonesians write them: a dot between thousands, a comma before decimals. */
public final class IndonesianNumbers {

    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024L * 1024L);

    /** {@code 12500000} → {@code 12.500.000}. */
    public static String grouped(long number) {
        return String.format(Locale.ROOT, "%,d", number).replace(',', '.');
    }

    /** {@code 12500000} → {@code Rp 12.500.000}; a negative amount as {@code -Rp 1.000}. */
    public static String rupiah(long amount) {
        String digits = grouped(amount);
        return digits.startsWith("-") ? "-Rp " + digits.substring(1) : "Rp " + digits;
    }

    /**
     * A size in megabytes (of 1,024 × 1,024 bytes) with at most one decimal, e.g. {@code 6,2 MB} or {@code 5 MB}.
     *
     * @param roundUp round a file's size up and a limit down, so that a file just over the limit never reads as
     *                equal to it
     */
    public static String megabytes(long bytes, boolean roundUp) {
        BigDecimal value = BigDecimal.valueOf(bytes).divide(MEGABYTE, 1, roundUp ? RoundingMode.CEILING : RoundingMode.FLOOR)
                .stripTrailingZeros();
        return value.toPlainString().replace('.', ',') + " MB";
    }

    private IndonesianNumbers() {
    }
}
