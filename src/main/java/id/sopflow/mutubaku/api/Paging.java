package id.sopflow.mutubaku.api;

import java.util.List;

/**
 * Which page of a ranked list a caller asked for: the late steps of the overdue API and of the Cockpit plug-in, both
 * most late first. The parameters are named as Camunda's REST API names them, so a script that pages through
 * {@code /engine-rest} pages through these the same way. The whole list is always ranked (a step's place depends on
 * every other step's lateness); paging decides which rows are dressed and sent.
 *
 * @param firstResult index of the first row of the page, 0 for the first row
 * @param maxResults  rows on the page at most
 */
public record Paging(int firstResult, int maxResults) {

    /** Rows per page when the caller does not say: what the plug-in's table shows at first. */
    public static final int DEFAULT_MAX_RESULTS = 50;
    /**
     * The largest page: a kecamatan's late steps (≈700 at kabupaten scale, ≈0.6 KB each in the API) still come in
     * one call, and no call builds an answer of megabytes. Well below the engine's own query-max-results-limit.
     */
    public static final int MAX_RESULTS = 1000;

    /** @throws InvalidRequestException when a parameter lies outside its range, with what to send instead */
    public Paging {
        if (firstResult < 0) {
            throw new InvalidRequestException("Parameter 'firstResult' tidak sah: " + firstResult + ". Isi 0 atau "
                    + "lebih besar.");
        }
        if (maxResults < 1 || maxResults > MAX_RESULTS) {
            throw new InvalidRequestException("Parameter 'maxResults' tidak sah: " + maxResults + ". Isi jumlah baris "
                    + "antara 1 dan " + MAX_RESULTS + ".");
        }
    }

    /**
     * Reads the query parameters as sent; a parameter left out or blank takes its default (the first page of
     * {@value #DEFAULT_MAX_RESULTS}).
     *
     * @throws InvalidRequestException when a parameter is not a whole number or lies outside its range
     */
    static Paging parse(String firstResult, String maxResults) {
        return new Paging(number("firstResult", firstResult, 0),
                number("maxResults", maxResults, DEFAULT_MAX_RESULTS));
    }

    /** The rows of this page out of the whole ranked list; empty when the page starts past its end. */
    <T> List<T> of(List<T> all) {
        int from = Math.min(firstResult, all.size());
        int to = (int) Math.min((long) firstResult + maxResults, all.size());
        return all.subList(from, to);
    }

    private static int number(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("Parameter '" + name + "' tidak sah: '" + value + "' bukan bilangan "
                    + "bulat. Isi angka, misalnya " + name + "=" + (name.equals("maxResults") ? DEFAULT_MAX_RESULTS : 0)
                    + ".");
        }
    }
}
