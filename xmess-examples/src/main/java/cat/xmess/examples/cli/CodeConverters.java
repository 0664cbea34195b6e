package cat.xmess.examples.cli;

import cat.xmess.catalog.RecordType;
import cat.xmess.model.Confidence;
import cat.xmess.model.Language;
import cat.xmess.model.Province;
import cat.xmess.model.WireCode;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Picocli converters that read enumerated options by their catalog-format code ({@code girona},
 * {@code ca}, {@code member-body}) rather than by Java constant name, and name the accepted
 * values when a value is wrong.
 */
final class CodeConverters {
  private CodeConverters() {}

  /** Converts a code of {@code E}; case is ignored because users type {@code Girona} too. */
  abstract static class CodeConverter<E extends Enum<E> & WireCode> implements ITypeConverter<E> {
    private final Class<E> type;

    CodeConverter(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      String wanted = value.trim().toLowerCase(Locale.ROOT);
      for (E constant : type.getEnumConstants()) {
        if (constant.code().equals(wanted)) {
          return constant;
        }
      }
      // Picocli prefixes this with "Invalid value for option '--x':", which names the option.
      throw new TypeConversionException(
          "'" + value + "' is not one of " + codes(type));
    }
  }

  /** The codes of {@code type}, comma-separated, for messages and help. */
  static <E extends Enum<E> & WireCode> String codes(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(WireCode::code).collect(Collectors.joining(", "));
  }

  /** {@code text} or {@code json}. */
  static final class FormatConverter extends CodeConverter<OutputFormat> {
    FormatConverter() {
      super(OutputFormat.class);
    }
  }

  /** {@code ca}, {@code es} or {@code en}. */
  static final class ExportFormatConverter extends CodeConverter<cat.xmess.catalog.ExportFormat> {
    ExportFormatConverter() {
      super(cat.xmess.catalog.ExportFormat.class);
    }
  }

  static final class LanguageConverter extends CodeConverter<Language> {
    LanguageConverter() {
      super(Language.class);
    }
  }

  /** {@code barcelona}, {@code girona}, {@code lleida} or {@code tarragona}. */
  static final class ProvinceConverter extends CodeConverter<Province> {
    ProvinceConverter() {
      super(Province.class);
    }
  }

  /** {@code high}, {@code medium} or {@code low}. */
  static final class ConfidenceConverter extends CodeConverter<Confidence> {
    ConfidenceConverter() {
      super(Confidence.class);
    }
  }

  /** A {@link RecordType} code such as {@code initiative} or {@code policy-instrument}. */
  static final class RecordTypeConverter extends CodeConverter<RecordType> {
    RecordTypeConverter() {
      super(RecordType.class);
    }
  }
}
