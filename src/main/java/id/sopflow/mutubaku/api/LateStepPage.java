package id.sopflow.mutubaku.api;

import java.util.List;

/**
 * One page of the caller's late steps, most late first.
 *
 * @param total every late step the caller may see, of which {@code rows} is the page asked for
 * @param rows  the page
 */
public record LateStepPage(int total, List<LateStepRow> rows) {

    public LateStepPage {
        rows = List.copyOf(rows);
    }
}
