package shop.atp.input;

import shop.atp.input.csv.CsvRows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Which format a file is in, from its header, and how the header's columns map to atp's:
 * one answer for the look ahead ({@link ReadAhead}) and for the read itself. A header of
 * atp's own columns only is atp's format, without loading the platform formats, unless the
 * merchant has formats of their own (one may use atp's names).
 */
final class HeaderRecognition {

    private final boolean atpShortcut;
    private final Supplier<Formats> formats;
    /** The policy's {@code columns:}, per kind of file. */
    private final Map<String, Map<String, String>> columns;

    HeaderRecognition(boolean atpShortcut, Supplier<Formats> formats, Map<String, Map<String, String>> columns) {
        this.atpShortcut = atpShortcut;
        this.formats = formats;
        this.columns = columns;
    }

    /** How a file is read: its format's binding to its header (null: atp's own format) and atp's columns in its rows. */
    record Reading(HeaderMap columns, FormatBinding binding) {
    }

    /** The platform format a file's header (on line {@code headerLine}) is in; null for atp's own format. */
    Format formatOf(InputFile file, String[] header, int headerLine) {
        return atpsOwn(file, header) ? null : formats.get().forHeader(file.name(), file.kind(), header, headerLine, file.format());
    }

    private boolean atpsOwn(InputFile file, String[] header) {
        return file.format() == null ? atpShortcut && HeaderMap.isPlainlyAtps(file.kind(), header)
                : file.format().equals(Formats.ATP);
    }

    /** The file's header, recognised as a format and matched to atp's columns. */
    Reading reading(InputFile file, CsvRows records) {
        String[] header = records.header();
        if (header == null) {
            throw new InputException(new InputProblem(file.name(), 1, "is empty; a header row is required"));
        }
        if (records.undecodableCell() >= 0) {
            throw new InputException(new InputProblem(file.name(), records.line(), FilePass.NOT_UTF8));
        }
        Format format = formatOf(file, header, records.line());
        if (format != null) {
            FormatBinding binding;
            try {
                binding = FormatBinding.bind(format, header);
            } catch (FormatBinding.DuplicateColumn d) {
                throw new InputException(new InputProblem(file.name(), 1, "columns " + (d.first + 1) + " \"" + header[d.first]
                        + "\" and " + (d.second + 1) + " \"" + header[d.second] + "\" are the same column; remove or rename one"));
            }
            return new Reading(HeaderMap.resolve(file.name(), file.kind(), binding.canonicalHeader(), Map.of(),
                    binding.headersNamingProblems(header)), binding);
        }
        Map<String, String> mapping = columns.getOrDefault(file.kind().key(), Map.of());
        try {
            return new Reading(HeaderMap.resolve(file.name(), file.kind(), header, mapping), null);
        } catch (InputException fitsNoFormat) {
            if (file.format() != null || atpsOwn(file, header)) {
                throw fitsNoFormat;
            }
            String closest = formats.get().closest(file.kind(), header);
            if (closest.isEmpty()) {
                throw fitsNoFormat;
            }
            List<InputProblem> problems = new ArrayList<>(fitsNoFormat.problems());
            problems.add(new InputProblem(file.name(), 1, "fits no format of " + file.kind().key() + " files either; the "
                    + "closest: " + closest + " (atp formats lists them; FORMAT:" + file.name() + " names one)"));
            throw new InputException(problems);
        }
    }
}
