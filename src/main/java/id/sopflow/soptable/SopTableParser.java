package id.sopflow.soptable;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Actor;
import id.sopflow.soptable.SopTable.Decision;
import id.sopflow.soptable.SopTable.Header;
import id.sopflow.soptable.SopTable.Row;
import id.sopflow.soptable.SopTable.Target;
import id.sopflow.soptable.SopTable.Waktu;
import id.sopflow.soptable.TableSections.Part;
import id.sopflow.soptable.TableSections.SheetRow;

/**
 * Reads the three parts of a table into a {@link SopTable}, collecting every problem on the way instead of stopping
 * at the first: a process owner fixes a table in one round. The checks are the reader's promise to the generator (see
 * {@link SopTable}): known actors, existing targets, readable waktu, every row reached from MULAI and on a path to
 * SELESAI, one starting actor who also does row 1, a supervisor among the actors.
 */
final class SopTableParser {

    /** "-" is how a paper SOP writes "nothing here". */
    private static final String NONE = "-";
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,4})(?:[.,]0+)?\\.?");
    private static final Pattern TARGET = Pattern.compile("(?:(?:baris|no|nomor|ke)\\.?\\s*)?(\\d{1,4})(?:[.,]0+)?");
    private static final Pattern ENUMERATOR = Pattern.compile("^(?:(?:\\d{1,2}|[a-zA-Z])[.)]\\s+|[-–•*·]\\s*)");
    /** A target that names a row the table does not have: already a problem, and no edge of the flow. */
    private static final Target NOWHERE = new Target(-1);

    private final List<String> problems;

    SopTableParser(List<String> problems) {
        this.problems = problems;
    }

    /** The table, or null when there were problems (they are in the list given to the constructor). */
    SopTable parse(TableSections sections) {
        Map<Field, Value> identitas = identitas(sections.rows(Part.IDENTITAS));
        List<Actor> actors = actors(sections.rows(Part.PELAKSANA));
        List<Draft> drafts = steps(sections.rows(Part.LANGKAH), actors);
        String supervisor = supervisor(identitas.get(Field.PENGAWAS), actors);
        checkStart(actors, drafts);
        List<Row> rows = flow(drafts);
        if (!problems.isEmpty()) {
            return null;
        }
        Header header = new Header(text(identitas, Field.KUNCI), text(identitas, Field.NAMA),
                text(identitas, Field.NOMOR), text(identitas, Field.TANGGAL_PEMBUATAN),
                text(identitas, Field.TANGGAL_REVISI), text(identitas, Field.TANGGAL_EFEKTIF),
                text(identitas, Field.DISAHKAN_OLEH), list(identitas, Field.DASAR_HUKUM),
                list(identitas, Field.KUALIFIKASI), list(identitas, Field.KETERKAITAN), list(identitas, Field.PERALATAN),
                list(identitas, Field.PERINGATAN), list(identitas, Field.PENCATATAN), text(identitas, Field.ORGANISASI),
                supervisor);
        SopTable table = new SopTable(header, actors, rows);
        problems.addAll(UnitPart.problems(table));
        return problems.isEmpty() ? table : null;
    }

    // ---------------------------------------------------------------- Identitas

    private enum Kind { NAME, ID, TEXT, LIST }

    /** The header rows: label in column A, value in column B. */
    enum Field {
        NAMA("Nama SOP", Kind.NAME, "nama sop", "nama"),
        KUNCI("Kunci proses", Kind.ID, "kunci proses", "kunci"),
        NOMOR("Nomor SOP", Kind.TEXT, "nomor sop", "nomor", "no sop"),
        TANGGAL_PEMBUATAN("Tanggal pembuatan", Kind.TEXT, "tanggal pembuatan", "tgl pembuatan"),
        TANGGAL_REVISI("Tanggal revisi", Kind.TEXT, "tanggal revisi", "tgl revisi"),
        TANGGAL_EFEKTIF("Tanggal efektif", Kind.TEXT, "tanggal efektif", "tgl efektif", "tanggal pengesahan",
                "tgl pengesahan"),
        DISAHKAN_OLEH("Disahkan oleh", Kind.TEXT, "disahkan oleh"),
        DASAR_HUKUM("Dasar hukum", Kind.LIST, "dasar hukum"),
        KUALIFIKASI("Kualifikasi pelaksana", Kind.LIST, "kualifikasi pelaksana", "kualifikasi pelaksanaan",
                "kualifikasi"),
        KETERKAITAN("Keterkaitan", Kind.LIST, "keterkaitan"),
        PERALATAN("Peralatan/perlengkapan", Kind.LIST, "peralatan perlengkapan", "peralatan", "perlengkapan"),
        PERINGATAN("Peringatan", Kind.LIST, "peringatan"),
        PENCATATAN("Pencatatan dan pendataan", Kind.LIST, "pencatatan dan pendataan", "pencatatan"),
        ORGANISASI("Organisasi", Kind.ID, "organisasi"),
        PENGAWAS("Pengawas", Kind.NAME, "pengawas");

        final String label;
        final Kind kind;
        final List<String> keys;

        Field(String label, Kind kind, String... keys) {
            this.label = label;
            this.kind = kind;
            this.keys = List.of(keys);
        }
    }

    /** A header value: its lines (continuation rows add lines) and where it was written. */
    private record Value(List<String> lines, String where) {
        String joined() {
            return String.join(" ", lines);
        }
    }

    private Map<Field, Value> identitas(List<SheetRow> rows) {
        Map<String, Field> byKey = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            field.keys.forEach(key -> byKey.put(key, field));
        }
        Map<Field, Value> values = new EnumMap<>(Field.class);
        Field last = null;
        for (SheetRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            String key = TableSections.key(row.cell(0));
            for (int column = 2; column < row.cells().size(); column++) {
                if (!row.cell(column).isEmpty()) {
                    problems.add("Identitas (" + row.where().apply(column) + "): isi di luar kolom A (unsur) dan B"
                            + " (isi) tidak dibaca; pindahkan \"" + row.cell(column) + "\" ke kolom B.");
                }
            }
            if (key.isEmpty()) {
                if (last != null && last.kind == Kind.LIST && values.containsKey(last)) {
                    values.get(last).lines().addAll(lines(row.cell(1)));
                } else if (!row.cell(1).isEmpty()) {
                    problems.add("Identitas (" + row.where().apply(0) + "): kolom A kosong; tulis nama unsurnya"
                            + " (baris lanjutan hanya untuk unsur berbutir seperti Dasar hukum).");
                }
                continue;
            }
            if (key.equals("unsur") || key.equals("identitas")) {
                continue;
            }
            Field field = byKey.get(key);
            if (field == null) {
                problems.add("Identitas (" + row.where().apply(0) + "): unsur \"" + row.cell(0) + "\" tidak dikenal;"
                        + " unsur yang dikenal: " + Arrays.stream(Field.values())
                        .map(f -> f.label).collect(Collectors.joining(", ")) + ".");
                last = null;
                continue;
            }
            if (values.containsKey(field)) {
                problems.add("Identitas (" + row.where().apply(0) + "): " + field.label + " tertulis dua kali (juga "
                        + values.get(field).where() + ").");
                continue;
            }
            values.put(field, new Value(new ArrayList<>(lines(row.cell(1))), row.where().apply(1)));
            last = field;
        }
        for (Field field : Field.values()) {
            Value value = values.get(field);
            if (value == null || value.lines().isEmpty()) {
                String place = value == null ? "" : " (" + value.where() + ")";
                problems.add("Identitas: " + field.label + place + " belum diisi; "
                        + (field.kind == Kind.TEXT || field.kind == Kind.LIST
                        ? "tulis - bila naskah SOP tidak memuatnya." : "unsur ini wajib."));
                values.remove(field);
                continue;
            }
            String text = value.joined();
            if ((field.kind == Kind.NAME || field.kind == Kind.ID) && text.equals(NONE)) {
                problems.add("Identitas, " + field.label + " (" + value.where() + "): wajib diisi, tidak boleh -.");
            } else if (field == Field.KUNCI && !OrganisationDirectory.ID.matcher(text).matches()) {
                problems.add("Identitas, Kunci proses (" + value.where() + "): \"" + text + "\" bukan kebab case;"
                        + " tulis huruf kecil, angka dan tanda hubung saja, misalnya sipa-bermedsos"
                        + " (menjadi nama berkas processes/<kunci>.bpmn).");
            } else if (field == Field.ORGANISASI && !OrganisationDirectory.ID.matcher(text).matches()) {
                problems.add("Identitas, Organisasi (" + value.where() + "): \"" + text + "\" bukan id organisasi;"
                        + " tulis id dari berkas organisasi (organisasi.yaml), misalnya kec-paringin.");
            }
        }
        return values;
    }

    private static String text(Map<Field, Value> values, Field field) {
        return values.get(field).joined();
    }

    private static List<String> list(Map<Field, Value> values, Field field) {
        return items(values.get(field).lines());
    }

    /** One entry per line or per ";", numbering and bullets as on paper left off; "-" is no entry. */
    private static List<String> items(List<String> lines) {
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            for (String part : line.split(";")) {
                String item = ENUMERATOR.matcher(part.strip()).replaceFirst("").strip();
                if (!item.isEmpty() && !item.equals(NONE)) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    private static List<String> lines(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split("\n"));
    }

    // ---------------------------------------------------------------- Pelaksana and Langkah columns

    /** The columns of the Pelaksana and Langkah parts: the heading, whether it must be there, its spellings. */
    private enum Column {
        ACTOR_NO(Part.PELAKSANA, "No", false, "no", "nomor"),
        NAMA(Part.PELAKSANA, "Nama pelaksana", true, "nama pelaksana", "nama", "pelaksana"),
        GRUP(Part.PELAKSANA, "Grup", true, "grup", "group", "grup camunda"),
        PER_UNIT(Part.PELAKSANA, "Per desa/unit", false, "per desa unit", "per desa", "per unit", "per desa kampung",
                "per desa kampung unit"),
        MEMULAI(Part.PELAKSANA, "Memulai", true, "memulai", "memulai sop", "mulai"),
        NO(Part.LANGKAH, "No", true, "no", "nomor", "no urut"),
        KEGIATAN(Part.LANGKAH, "Uraian kegiatan", true, "uraian kegiatan", "kegiatan", "uraian",
                "proses tahapan pelaksanaan kegiatan"),
        PELAKSANA(Part.LANGKAH, "Pelaksana", true, "pelaksana", "pelaksanaan"),
        KELENGKAPAN(Part.LANGKAH, "Kelengkapan", true, "kelengkapan", "persyaratan", "persyaratan kelengkapan"),
        WAKTU(Part.LANGKAH, "Waktu", true, "waktu", "waktu satuan"),
        OUTPUT(Part.LANGKAH, "Output", true, "output", "out put", "keluaran"),
        KETERANGAN(Part.LANGKAH, "Keterangan", false, "keterangan", "ket"),
        LANJUT(Part.LANGKAH, "Lanjut ke", false, "lanjut ke", "lanjut"),
        PERTANYAAN(Part.LANGKAH, "Pertanyaan keputusan", false, "pertanyaan keputusan", "keputusan", "pertanyaan"),
        YA(Part.LANGKAH, "Jika Ya", false, "jika ya", "ya"),
        TIDAK(Part.LANGKAH, "Jika Tidak", false, "jika tidak", "tidak");

        final Part part;
        final String label;
        final boolean required;
        final List<String> keys;

        Column(Part part, String label, boolean required, String... keys) {
            this.part = part;
            this.label = label;
            this.required = required;
            this.keys = List.of(keys);
        }

        static List<Column> of(Part part) {
            return Arrays.stream(values()).filter(column -> column.part == part).toList();
        }
    }

    // ---------------------------------------------------------------- Pelaksana

    private List<Actor> actors(List<SheetRow> rows) {
        List<SheetRow> filled = rows.stream().filter(row -> !row.isBlank()).toList();
        if (filled.isEmpty()) {
            problems.add("Pelaksana: tidak ada baris judul kolom dan tidak ada pelaksana; tulis judul kolom Nama"
                    + " pelaksana, Grup, Per desa/unit, Memulai lalu satu baris per kolom pelaksana SOP.");
            return List.of();
        }
        Map<Column, Integer> columns = columns(filled.get(0), Part.PELAKSANA);
        if (!columns.containsKey(Column.NAMA) || !columns.containsKey(Column.GRUP)) {
            return List.of();
        }
        List<Actor> actors = new ArrayList<>();
        Map<String, String> groupsSeen = new LinkedHashMap<>();
        Map<String, String> namesSeen = new LinkedHashMap<>();
        for (SheetRow row : filled.subList(1, filled.size())) {
            int nameColumn = columns.get(Column.NAMA);
            int groupColumn = columns.get(Column.GRUP);
            String name = row.cell(nameColumn).replace('\n', ' ');
            String group = row.cell(groupColumn);
            String label = name.isEmpty() ? "Pelaksana (" + row.where().apply(nameColumn) + ")"
                    : "Pelaksana \"" + name + "\"";
            if (name.isEmpty()) {
                problems.add(label + ", kolom Nama pelaksana: kosong; tulis nama kolom pelaksana seperti di naskah"
                        + " SOP.");
            } else if (namesSeen.putIfAbsent(TableSections.key(name), row.where().apply(nameColumn)) != null) {
                problems.add(label + " (" + row.where().apply(nameColumn) + ") tertulis dua kali (juga "
                        + namesSeen.get(TableSections.key(name)) + ").");
            }
            if (group.isEmpty()) {
                problems.add(label + " (" + row.where().apply(groupColumn) + "), kolom Grup: kosong; tulis id grup"
                        + " dari berkas organisasi atau id grup baru, misalnya sipa-admin.");
            } else if (!OrganisationDirectory.ID.matcher(group).matches()) {
                problems.add(label + " (" + row.where().apply(groupColumn) + "), kolom Grup: \"" + group + "\" bukan"
                        + " id grup; tulis huruf kecil, angka dan tanda hubung saja, misalnya sipa-admin.");
            } else if (groupsSeen.putIfAbsent(group, row.where().apply(groupColumn)) != null) {
                problems.add(label + " (" + row.where().apply(groupColumn) + "), kolom Grup: grup " + group
                        + " sudah dipakai pelaksana lain (" + groupsSeen.get(group) + "); setiap pelaksana satu grup.");
            }
            boolean perUnit = yesNo(row, columns.get(Column.PER_UNIT), label, Column.PER_UNIT.label);
            boolean starts = yesNo(row, columns.get(Column.MEMULAI), label, Column.MEMULAI.label);
            actors.add(new Actor(group, name, starts, perUnit));
        }
        if (actors.isEmpty()) {
            problems.add("Pelaksana: belum ada pelaksana di bawah baris judul kolom (" + filled.get(0).where().apply(0)
                    + ").");
        }
        long starters = actors.stream().filter(Actor::starts).count();
        if (!actors.isEmpty() && starters == 0) {
            problems.add("Pelaksana: tidak ada pelaksana dengan Memulai: Ya; tandai pelaksana yang mengerjakan baris 1"
                    + " (MULAI).");
        } else if (starters > 1) {
            problems.add("Pelaksana: " + starters + " pelaksana ditandai Memulai: Ya ("
                    + actors.stream().filter(Actor::starts).map(Actor::name).collect(Collectors.joining(", "))
                    + "); hanya satu pelaksana yang memulai SOP.");
        }
        return actors;
    }

    private boolean yesNo(SheetRow row, Integer column, String label, String columnLabel) {
        if (column == null) {
            return false;
        }
        String value = TableSections.key(row.cell(column));
        if (value.equals("ya") || value.equals("y")) {
            return true;
        }
        if (!value.isEmpty() && !value.equals("tidak") && !value.equals("t")) {
            problems.add(label + " (" + row.where().apply(column) + "), kolom " + columnLabel + ": \""
                    + row.cell(column) + "\" bukan Ya atau Tidak.");
        }
        return false;
    }

    // ---------------------------------------------------------------- Langkah

    /** A row as read, before its targets are checked against the table's row numbers. */
    private record Draft(SheetRow sheetRow, Map<Column, Integer> columns, int number, String kegiatan,
                         String actor, List<String> kelengkapan, Waktu waktu, String output, String keterangan) {

        String cell(Column column) {
            Integer index = columns.get(column);
            return index == null ? "" : sheetRow.cell(index);
        }

        String where(Column column) {
            Integer index = columns.get(column);
            return sheetRow.where().apply(index == null ? 0 : index);
        }

        boolean isDecision() {
            return !cell(Column.PERTANYAAN).isEmpty() || !cell(Column.YA).isEmpty()
                    || !cell(Column.TIDAK).isEmpty();
        }
    }

    private List<Draft> steps(List<SheetRow> rows, List<Actor> actors) {
        List<SheetRow> filled = rows.stream().filter(row -> !row.isBlank()).toList();
        if (filled.isEmpty()) {
            problems.add("Langkah: tidak ada baris judul kolom dan tidak ada langkah.");
            return List.of();
        }
        Map<Column, Integer> columns = columns(filled.get(0), Part.LANGKAH);
        if (!columns.keySet().containsAll(Set.of(Column.NO, Column.PELAKSANA))) {
            return List.of();
        }
        List<Draft> drafts = new ArrayList<>();
        for (SheetRow row : filled.subList(1, filled.size())) {
            Draft draft = step(row, columns, actors);
            if (draft != null) {
                drafts.add(draft);
            }
        }
        if (drafts.isEmpty() && filled.size() == 1) {
            problems.add("Langkah: belum ada langkah di bawah baris judul kolom (" + filled.get(0).where().apply(0)
                    + ").");
        }
        return drafts;
    }

    private Draft step(SheetRow row, Map<Column, Integer> columns, List<Actor> actors) {
        String noText = cell(row, columns, Column.NO);
        Matcher no = NUMBER.matcher(noText);
        int number = no.matches() && Integer.parseInt(no.group(1)) > 0 ? Integer.parseInt(no.group(1)) : -1;
        String label = number > 0 ? "Baris " + number : "Langkah";
        CellProblems cells = new CellProblems(row, columns, label);
        if (noText.isEmpty()) {
            cells.add(Column.NO, "kosong; tulis nomor langkah seperti di naskah SOP (1, 2, 3, …)");
        } else if (number < 0) {
            cells.add(Column.NO, "\"" + noText + "\" bukan nomor langkah (1, 2, 3, …)");
        }
        String kegiatan = oneLine(cell(row, columns, Column.KEGIATAN));
        if (kegiatan.isEmpty() && columns.containsKey(Column.KEGIATAN)) {
            cells.add(Column.KEGIATAN, "kosong; tulis kegiatan seperti di naskah SOP");
        }
        String actorText = oneLine(cell(row, columns, Column.PELAKSANA));
        String actor = null;
        if (actorText.isEmpty()) {
            cells.add(Column.PELAKSANA, "kosong; tulis nama pelaksana dari lembar Pelaksana ("
                    + names(actors) + ")");
        } else {
            actor = actors.stream().filter(a -> TableSections.key(a.name()).equals(TableSections.key(actorText))
                    || a.group().equals(actorText)).map(Actor::group).findFirst().orElse(null);
            if (actor == null) {
                cells.add(Column.PELAKSANA, "\"" + actorText + "\" bukan pelaksana di lembar Pelaksana ("
                        + names(actors) + ")");
            }
        }
        String kelengkapanText = cell(row, columns, Column.KELENGKAPAN);
        if (kelengkapanText.isEmpty() && columns.containsKey(Column.KELENGKAPAN)) {
            cells.add(Column.KELENGKAPAN, "kosong; tulis kelengkapan (satu per baris dalam sel, atau dipisah"
                    + " titik koma), atau - bila tidak ada");
        }
        Waktu waktu = null;
        if (columns.containsKey(Column.WAKTU)) {
            try {
                waktu = WaktuParser.parse(cell(row, columns, Column.WAKTU));
            } catch (IllegalArgumentException unreadable) {
                cells.add(Column.WAKTU, unreadable.getMessage());
            }
        }
        String output = oneLine(cell(row, columns, Column.OUTPUT));
        if (output.isEmpty() && columns.containsKey(Column.OUTPUT)) {
            cells.add(Column.OUTPUT, "kosong; tulis output seperti di naskah SOP, atau - bila tidak ada");
        }
        String keterangan = oneLine(cell(row, columns, Column.KETERANGAN));
        return new Draft(row, columns, number, kegiatan, actor, items(lines(kelengkapanText)), waktu, output,
                keterangan);
    }

    private static String cell(SheetRow row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    private static String oneLine(String cell) {
        return cell.replace('\n', ' ');
    }

    private static String names(List<Actor> actors) {
        return actors.isEmpty() ? "belum ada" : actors.stream().map(Actor::name).collect(Collectors.joining(", "));
    }

    /** Problems of one step row's cells, each naming the row, the cell and the column. */
    private final class CellProblems {
        private final SheetRow row;
        private final Map<Column, Integer> columns;
        private final String label;

        CellProblems(SheetRow row, Map<Column, Integer> columns, String label) {
            this.row = row;
            this.columns = columns;
            this.label = label;
        }

        void add(Column column, String text) {
            Integer index = columns.get(column);
            problems.add(label + " (" + row.where().apply(index == null ? 0 : index) + "), kolom " + column.label
                    + ": " + text + ".");
        }
    }

    // ---------------------------------------------------------------- cross checks and the flow

    private String supervisor(Value pengawas, List<Actor> actors) {
        if (pengawas == null || pengawas.joined().equals(NONE)) {
            return null;
        }
        String text = pengawas.joined();
        return actors.stream().filter(a -> a.group().equals(text)
                        || TableSections.key(a.name()).equals(TableSections.key(text))).map(Actor::group).findFirst()
                .orElseGet(() -> {
                    problems.add("Identitas, Pengawas (" + pengawas.where() + "): \"" + text + "\" bukan pelaksana di"
                            + " lembar Pelaksana (" + names(actors) + "); pengawas adalah pelaksana yang diberi tahu"
                            + " bila langkah terlambat (Camat, Ketua PPID, Kabag, Kadis…).");
                    return null;
                });
    }

    private void checkStart(List<Actor> actors, List<Draft> drafts) {
        List<Actor> starters = actors.stream().filter(Actor::starts).toList();
        Draft first = drafts.stream().filter(d -> d.number() == 1).findFirst().orElse(null);
        if (starters.size() == 1 && first != null && first.actor() != null
                && !first.actor().equals(starters.get(0).group())) {
            String firstName = actors.stream().filter(a -> a.group().equals(first.actor())).map(Actor::name)
                    .findFirst().orElse(first.actor());
            problems.add("Baris 1 (" + first.where(Column.PELAKSANA) + "), kolom Pelaksana: baris 1 (MULAI)"
                    + " dikerjakan " + firstName + ", padahal pelaksana yang ditandai Memulai: Ya adalah "
                    + starters.get(0).name() + "; pelaksana baris 1 yang memulai SOP.");
        }
    }

    /**
     * Checks the numbering and every target; walks the flow when the rows are numbered 1 to N in order. The rows,
     * or null on any problem.
     */
    private List<Row> flow(List<Draft> drafts) {
        Map<Integer, Draft> byNumber = new LinkedHashMap<>();
        boolean numbered = true;
        for (Draft draft : drafts) {
            if (draft.number() < 0) {
                numbered = false;
            } else if (byNumber.containsKey(draft.number())) {
                problems.add("Baris " + draft.number() + " tertulis dua kali (" + draft.where(Column.NO) + " dan "
                        + byNumber.get(draft.number()).where(Column.NO) + "); setiap langkah bernomor lain.");
                numbered = false;
            } else {
                byNumber.put(draft.number(), draft);
            }
        }
        if (byNumber.isEmpty()) {
            return null;
        }
        int max = byNumber.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Integer> missing = new ArrayList<>();
        for (int n = 1; n <= max; n++) {
            if (!byNumber.containsKey(n)) {
                missing.add(n);
            }
        }
        if (!missing.isEmpty()) {
            problems.add("Langkah: baris " + joinNumbers(missing) + " tidak ada; langkah bernomor urut 1 sampai "
                    + max + " tanpa nomor yang terlewat.");
            numbered = false;
        }
        for (int i = 0; numbered && i < drafts.size(); i++) {
            if (drafts.get(i).number() != i + 1) {
                problems.add("Langkah: baris " + drafts.get(i).number() + " (" + drafts.get(i).where(Column.NO)
                        + ") tidak pada urutannya; susun langkah menurut nomornya seperti di naskah SOP.");
                numbered = false;
            }
        }
        Map<Integer, Exits> exits = new LinkedHashMap<>();
        for (Draft draft : drafts) {
            if (draft.number() > 0) {
                exits.putIfAbsent(draft.number(), exits(draft, max, byNumber.keySet()));
            }
        }
        if (numbered) {
            checkReachable(exits);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return drafts.stream().map(draft -> new Row(draft.number(), draft.kegiatan(), draft.actor(),
                draft.kelengkapan(), draft.waktu(), draft.output(), draft.keterangan(), exits.get(draft.number()).next(),
                exits.get(draft.number()).decision())).toList();
    }

    /** Where a row goes: {@code next} for a plain row, {@code decision} for a diamond. */
    private record Exits(Target next, Decision decision) {
        List<Target> targets() {
            return decision == null ? List.of(next) : List.of(decision.ya(), decision.tidak());
        }
    }

    private Exits exits(Draft draft, int max, Set<Integer> numbers) {
        CellProblems cells = new CellProblems(draft.sheetRow(), draft.columns(), "Baris " + draft.number());
        String lanjut = draft.cell(Column.LANJUT);
        if (!draft.isDecision()) {
            if (lanjut.isEmpty()) {
                return new Exits(draft.number() == max ? Target.SELESAI : new Target(draft.number() + 1), null);
            }
            return new Exits(target(draft, Column.LANJUT, max, numbers, cells, false), null);
        }
        String question = oneLine(draft.cell(Column.PERTANYAAN));
        if (!lanjut.isEmpty()) {
            cells.add(Column.LANJUT, "baris keputusan tidak memakai Lanjut ke; tulis tujuannya di Jika Ya dan"
                    + " Jika Tidak");
        }
        if (question.isEmpty()) {
            cells.add(Column.PERTANYAAN, "kosong, padahal baris ini punya Jika Ya/Jika Tidak; tulis"
                    + " pertanyaannya seperti di belah ketupat naskah SOP, misalnya \"Berkas lengkap?\"");
        }
        Target ya = target(draft, Column.YA, max, numbers, cells, true);
        Target tidak = target(draft, Column.TIDAK, max, numbers, cells, true);
        if (ya.equals(tidak) && ya != NOWHERE) {
            cells.add(Column.TIDAK, "Jika Ya dan Jika Tidak menuju tempat yang sama ("
                    + (ya.isSelesai() ? "SELESAI" : "baris " + ya.row()) + "); keputusan membedakan dua jalan");
        }
        return new Exits(null, new Decision(question, ya, tidak));
    }

    /** The target a cell names: a row number of this table or SELESAI. NOWHERE, after a problem, if neither. */
    private Target target(Draft draft, Column column, int max, Set<Integer> numbers, CellProblems cells,
                          boolean required) {
        String text = oneLine(draft.cell(column));
        if (text.isEmpty()) {
            if (required) {
                cells.add(column, "kosong; tulis nomor baris tujuan atau SELESAI");
            }
            return NOWHERE;
        }
        if (TableSections.key(text).equals("selesai")) {
            return Target.SELESAI;
        }
        Matcher number = TARGET.matcher(TableSections.key(text));
        if (!number.matches()) {
            cells.add(column, "\"" + text + "\" bukan nomor baris atau SELESAI");
            return NOWHERE;
        }
        int row = Integer.parseInt(number.group(1));
        if (!numbers.contains(row)) {
            cells.add(column, "baris " + row + " tidak ada (nomor langkah 1 sampai " + max + ", atau SELESAI)");
            return NOWHERE;
        }
        return new Target(row);
    }

    /**
     * Every row must be reached from row 1 (MULAI) and lead to SELESAI. A target already reported as wrong counts as
     * no edge for reaching rows, but as a possible way out for SELESAI, so one mistake is not reported twice.
     */
    private void checkReachable(Map<Integer, Exits> exits) {
        Set<Integer> reached = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>(List.of(1));
        while (!todo.isEmpty()) {
            int number = todo.pop();
            if (reached.add(number)) {
                exits.get(number).targets().stream().filter(t -> t.row() > 0).forEach(t -> todo.push(t.row()));
            }
        }
        Set<Integer> leadOut = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<Integer, Exits> row : exits.entrySet()) {
                if (!leadOut.contains(row.getKey()) && row.getValue().targets().stream()
                        .anyMatch(t -> t.row() <= 0 || leadOut.contains(t.row()))) {
                    leadOut.add(row.getKey());
                    grew = true;
                }
            }
        }
        for (int number : exits.keySet()) {
            if (!reached.contains(number)) {
                problems.add("Baris " + number + " tidak tercapai dari baris 1 (MULAI): tidak ada Lanjut ke, Jika Ya"
                        + " atau Jika Tidak yang membawa ke baris ini.");
            }
        }
        Set<Integer> stuck = new TreeSet<>(reached);
        stuck.removeAll(leadOut);
        if (!stuck.isEmpty()) {
            problems.add("Jalur dari baris " + joinNumbers(List.copyOf(stuck)) + " tidak pernah sampai ke SELESAI"
                    + " (berputar tanpa jalan keluar); periksa Lanjut ke, Jika Ya dan Jika Tidak baris-baris itu.");
        }
    }

    private static String joinNumbers(List<Integer> numbers) {
        List<String> texts = numbers.stream().map(String::valueOf).toList();
        return texts.size() == 1 ? texts.get(0)
                : String.join(", ", texts.subList(0, texts.size() - 1)) + " dan " + texts.get(texts.size() - 1);
    }

    // ---------------------------------------------------------------- column headers

    /** Where each column of a part is, from its row of headings; unknown, doubled and missing headings are problems. */
    private Map<Column, Integer> columns(SheetRow header, Part part) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int index = 0; index < header.cells().size(); index++) {
            String key = TableSections.key(header.cell(index));
            if (key.isEmpty()) {
                continue;
            }
            Column column = Column.of(part).stream().filter(c -> c.keys.contains(key)).findFirst().orElse(null);
            if (column == null) {
                problems.add(part.title + " (" + header.where().apply(index) + "): judul kolom \"" + header.cell(index)
                        + "\" tidak dikenal; judul kolom yang dikenal: " + String.join(", ",
                        Column.of(part).stream().map(c -> c.label).toList()) + ".");
            } else if (columns.putIfAbsent(column, index) != null) {
                problems.add(part.title + " (" + header.where().apply(index) + "): kolom " + column.label
                        + " tertulis dua kali.");
            }
        }
        for (Column column : Column.of(part)) {
            if (column.required && !columns.containsKey(column)) {
                problems.add(part.title + ": kolom " + column.label + " tidak ada di baris judul kolom ("
                        + header.where().apply(0) + ").");
            }
        }
        return columns;
    }
}
