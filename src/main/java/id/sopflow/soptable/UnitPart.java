package id.sopflow.soptable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.sopflow.identity.OrganisationModel.Actor;
import id.sopflow.soptable.SopTable.Row;
import id.sopflow.soptable.SopTable.Target;

/**
 * The rows of an organisation-wide SOP that each desa/unit works on its own, like Profil's rows 8–10: the Dinas
 * starts the case, each chosen kampung's Pokja fills its data and the Tim verifies it (Tidak: back to that Pokja).
 * They run as a called process {@code <key>-per-unit}, one case per chosen unit in that unit's tenant, so each unit
 * sees only its own; the main case goes on when every unit is done.
 *
 * <p>The part runs from the first row of a per-unit actor to the last one, and on to every later row whose flow comes
 * back into it (a Tidak back to the unit). It is entered only at its first row and left to one place (the next row or
 * SELESAI); a table whose per-unit rows do not form such a part gets {@link #problems} and is not used.
 *
 * @param first the first row of the part (paper numbering)
 * @param last  the last row of the part
 * @param exit  where the main case goes on when every unit is done
 */
record UnitPart(int first, int last, Target exit) {

    /** Suffix of the called process's key. */
    static final String KEY_SUFFIX = "-per-unit";

    /** The part of an organisation-wide table with per-unit rows; empty when the table has none. */
    static Optional<UnitPart> of(SopTable table) {
        Bounds bounds = bounds(table);
        if (bounds == null) {
            return Optional.empty();
        }
        List<Target> exits = exits(table, bounds.first, bounds.last);
        if (exits.size() != 1 || !problems(table).isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems(table)));
        }
        return Optional.of(new UnitPart(bounds.first, bounds.last, exits.get(0)));
    }

    /** Why the per-unit rows cannot run as one part; empty when they can (or there are none). */
    static List<String> problems(SopTable table) {
        Bounds bounds = bounds(table);
        if (bounds == null) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        String range = "baris " + bounds.first + "–" + bounds.last;
        for (Row row : table.rows()) {
            boolean inside = contains(bounds, row.number());
            for (Target target : targets(row)) {
                if (!inside && !target.isSelesai() && target.row() != bounds.first && contains(bounds, target.row())) {
                    problems.add("Baris " + row.number() + " menuju baris " + target.row() + ", di tengah bagian per "
                            + "desa/unit (" + range + "); bagian itu hanya dapat dimasuki dari baris pertamanya ("
                            + bounds.first + ").");
                }
            }
        }
        List<Target> exits = exits(table, bounds.first, bounds.last);
        if (exits.size() > 1) {
            problems.add("Bagian per desa/unit (" + range + ") keluar ke lebih dari satu tempat ("
                    + exits.stream().map(t -> t.isSelesai() ? "SELESAI" : "baris " + t.row())
                    .collect(Collectors.joining(", ")) + "); setelah semua desa/unit selesai, kasus berlanjut ke "
                    + "satu tempat saja.");
        }
        return problems;
    }

    /** The per-unit rows of the part, with flows leaving it turned into SELESAI: the called process's table. */
    SopTable childTable(SopTable table) {
        List<Row> rows = table.rows().stream().filter(row -> contains(row.number())).map(this::local).toList();
        Set<String> groups = rows.stream().map(Row::actor).collect(Collectors.toSet());
        String firstActor = rows.get(0).actor();
        List<Actor> actors = table.actors().stream().filter(actor -> groups.contains(actor.group()))
                .map(actor -> new Actor(actor.group(), actor.name(), actor.group().equals(firstActor),
                        actor.perUnit()))
                .toList();
        SopTable.Header h = table.header();
        SopTable.Header header = new SopTable.Header(childKey(table), h.name() + " (per desa/unit)", h.nomor(),
                h.tanggalPembuatan(), h.tanggalRevisi(), h.tanggalEfektif(), h.disahkanOleh(), h.dasarHukum(),
                h.kualifikasiPelaksana(), h.keterkaitan(), h.peralatan(), h.peringatan(), h.pencatatan(),
                h.organisation(), h.supervisor());
        return new SopTable(header, actors, rows);
    }

    /**
     * The organisation-wide rows with the part as one row at {@link #first}: the actor of the part's last
     * organisation-wide row (who hands the unit's result back, like Profil's Tim), else the per-unit actor.
     */
    SopTable mainTable(SopTable table) {
        List<Row> part = table.rows().stream().filter(row -> contains(row.number())).toList();
        Set<String> perUnit = table.actors().stream().filter(Actor::perUnit).map(Actor::group)
                .collect(Collectors.toSet());
        String actor = part.stream().map(Row::actor).filter(group -> !perUnit.contains(group))
                .reduce((a, b) -> b).orElse(part.get(0).actor());
        List<Row> rows = new ArrayList<>();
        for (Row row : table.rows()) {
            if (row.number() == first) {
                rows.add(new Row(first, name(), actor, List.of(), part.get(0).waktu(), "-", null, exit, null));
            } else if (!contains(row.number())) {
                rows.add(row);
            }
        }
        return new SopTable(table.header(), table.actors(), rows);
    }

    /** The call activity's name as it reads in the diagram. */
    String name() {
        return "Bagian per desa/unit (baris " + first + "–" + last + ")";
    }

    boolean contains(int row) {
        return row >= first && row <= last;
    }

    static String childKey(SopTable table) {
        return table.header().processKey() + KEY_SUFFIX;
    }

    private Row local(Row row) {
        if (row.isDecision()) {
            return new Row(row.number(), row.kegiatan(), row.actor(), row.kelengkapan(), row.waktu(), row.output(),
                    row.keterangan(), null, new SopTable.Decision(row.decision().question(),
                    local(row.decision().ya()), local(row.decision().tidak())));
        }
        return new Row(row.number(), row.kegiatan(), row.actor(), row.kelengkapan(), row.waktu(), row.output(),
                row.keterangan(), local(row.next()), null);
    }

    private Target local(Target target) {
        return !target.isSelesai() && contains(target.row()) ? target : Target.SELESAI;
    }

    private record Bounds(int first, int last) {
    }

    /** First and last row of the part; null unless an organisation-wide SOP has rows of a per-unit actor. */
    private static Bounds bounds(SopTable table) {
        Set<String> perUnit = table.actors().stream().filter(Actor::perUnit).map(Actor::group)
                .collect(Collectors.toSet());
        boolean organisationWide = table.actors().stream().filter(Actor::starts).noneMatch(Actor::perUnit);
        List<Integer> unitRows = table.rows().stream().filter(row -> perUnit.contains(row.actor()))
                .map(Row::number).toList();
        if (!organisationWide || unitRows.isEmpty()) {
            return null;
        }
        int first = unitRows.get(0);
        int last = unitRows.get(unitRows.size() - 1);
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Row row : table.rows()) {
                if (row.number() > last) {
                    int from = first;
                    int to = last;
                    if (targets(row).stream().anyMatch(t -> !t.isSelesai() && t.row() >= from && t.row() <= to)) {
                        last = row.number();
                        grown = true;
                    }
                }
            }
        }
        return new Bounds(first, last);
    }

    private static boolean contains(Bounds bounds, int row) {
        return row >= bounds.first && row <= bounds.last;
    }

    private static List<Target> exits(SopTable table, int first, int last) {
        Bounds bounds = new Bounds(first, last);
        List<Target> exits = new ArrayList<>();
        for (Row row : table.rows()) {
            if (contains(bounds, row.number())) {
                for (Target target : targets(row)) {
                    if ((target.isSelesai() || !contains(bounds, target.row())) && !exits.contains(target)) {
                        exits.add(target);
                    }
                }
            }
        }
        return exits;
    }

    private static List<Target> targets(Row row) {
        return row.isDecision() ? List.of(row.decision().ya(), row.decision().tidak()) : List.of(row.next());
    }
}
