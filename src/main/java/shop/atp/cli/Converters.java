package shop.atp.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import shop.atp.input.DateReader;
import shop.atp.output.Format;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Command-line values with messages a merchant understands. */
final class Converters {

    private Converters() {
    }

    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            LocalDate date;
            try {
                date = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-24");
            }
            if (!DateReader.inRange(date)) {
                throw new TypeConversionException("'" + value + "' " + DateReader.OUT_OF_RANGE);
            }
            return date;
        }
    }

    static final class FormatWord implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a format; use table, csv, tsv or json (report also: markdown, html)");
            }
        }
    }

    static final class Delimiter implements ITypeConverter<Character> {
        @Override
        public Character convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case ",", "comma" -> ',';
                case ";", "semicolon" -> ';';
                case "\t", "tab", "\\t" -> '\t';
                default -> throw new TypeConversionException("'" + value + "' is not a delimiter; use ',', ';' or 'tab'");
            };
        }
    }

    static final class OrderStateWord implements ITypeConverter<shop.atp.domain.OrderState> {
        @Override
        public shop.atp.domain.OrderState convert(String value) {
            try {
                return shop.atp.domain.OrderState.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not an order state; use ship_now, split or waiting");
            }
        }
    }
}
