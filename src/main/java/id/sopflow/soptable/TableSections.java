package id.sopflow.soptable;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A table as its three parts, each a list of rows of text cells, whichever file it came from: the sheets Identitas,
 * Pelaksana and Langkah of a workbook, or the three blocks of one CSV file (or one sheet) under their title rows.
 * Every row knows how to name its cells for a process owner ("sel Langkah!E6", "baris 14 kolom E berkas").
 */
record TableSections(Map<Part, List<SheetRow>> parts) {

    /** The three parts, in the order a process owner fills them in. */
    enum Part {
        IDENTITAS("Identitas"), PELAKSANA("Pelaksana"), LANGKAH("Langkah");

        final String title;

        Part(String title) {
            this.title = title;
        }

        /** The part a sheet name or a block's title row names, or null. */
        static Part titled(String text) {
            String key = key(text);
            for (Part part : values()) {
                if (key.equals(key(part.title))) {
                    return part;
                }
            }
            return null;
        }
    }

    TableSections {
        parts = Map.copyOf(parts);
    }

    List<SheetRow> rows(Part part) {
        return parts.getOrDefault(part, List.of());
    }

    /**
     * One row of a sheet or block: its cells as text (line breaks inside a cell kept as {@code \n}, spaces tidied) and
     * where each cell is.
     */
    record SheetRow(List<String> cells, IntFunction<String> where) {

        SheetRow {
            cells = cells.stream().map(SheetRow::tidy).toList();
        }

        /** The cell's text, "" when the row is shorter. */
        String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isEmpty);
        }

        /** The row's only filled cell is its first. */
        boolean onlyFirstCell() {
            return !cell(0).isEmpty() && cells.stream().skip(1).allMatch(String::isEmpty);
        }

        private static String tidy(String text) {
            if (text == null) {
                return "";
            }
            String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').split("\n");
            List<String> kept = new ArrayList<>();
            for (String line : lines) {
                String tidy = line.strip().replaceAll("[ \\t]+", " ");
                if (!tidy.isEmpty()) {
                    kept.add(tidy);
                }
            }
            return String.join("\n", kept);
        }
    }

    /** Spreadsheet column letters: 0 is A, 26 is AA. */
    static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** A label as a key: lower case, accents and punctuation gone, single spaces ("Per desa/unit" = "per desa unit"). */
    static String key(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /**
     * Splits the rows of one CSV file or one sheet at the title rows "Identitas", "Pelaksana" and "Langkah" (a row
     * whose only filled cell is the title). Blank rows before the first title are allowed; anything else there, a
     * part given twice or a part missing is a problem.
     */
    static TableSections fromBlocks(List<SheetRow> rows, String whereTitles, List<String> problems) {
        Map<Part, List<SheetRow>> parts = new EnumMap<>(Part.class);
        List<SheetRow> current = null;
        for (SheetRow row : rows) {
            Part title = row.onlyFirstCell() ? Part.titled(row.cell(0)) : null;
            if (title != null) {
                if (parts.containsKey(title)) {
                    problems.add("Judul bagian " + title.title + " tertulis dua kali (" + row.where().apply(0)
                            + "); setiap bagian hanya sekali.");
                    current = new ArrayList<>();
                } else {
                    current = new ArrayList<>();
                    parts.put(title, current);
                }
            } else if (current != null) {
                current.add(row);
            } else if (!row.isBlank()) {
                problems.add("Isi sebelum judul bagian pertama (" + row.where().apply(0) + "): tabel dimulai dengan"
                        + " baris judul Identitas, lalu Pelaksana dan Langkah.");
            }
        }
        for (Part part : Part.values()) {
            if (!parts.containsKey(part)) {
                problems.add("Bagian " + part.title + " tidak ditemukan " + whereTitles + ": tulis baris judul \""
                        + part.title + "\" sendirian di kolom A, lalu isinya di bawahnya.");
            }
        }
        return new TableSections(parts);
    }
}
