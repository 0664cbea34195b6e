package cat.xmess.io.internal.sheets;

import org.apiguardian.api.API;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationLayer;
import cat.xmess.io.internal.sheets.Grid.Cell;
import cat.xmess.io.internal.sheets.Grid.Row;
import cat.xmess.io.internal.sheets.Grid.Sheet;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Sheets as CSV files and back: RFC 4180 as Jackson's CSV writer produces it (UTF-8, header row,
 * CRLF, text cells quoted). Against formula injection (OWASP), a cell starting with {@code = + -
 * @}, a tab or a carriage return is written with a leading {@code '}; so is a cell that starts with
 * {@code '} itself, so that reading removes exactly one and gives the text back.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class CsvSheets {
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvWriteFeature.ALWAYS_QUOTE_STRINGS).build();

  private CsvSheets() {}

  /** File name to CSV text, in {@link Layout} order. */
  public static Map<String, String> write(List<Sheet> sheets) {
    Map<String, String> files = new LinkedHashMap<>();
    for (Sheet sheet : sheets) {
      files.put(sheet.name() + ".csv", text(sheet));
    }
    return Collections.unmodifiableMap(files);
  }

  private static String text(Sheet sheet) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    sheet.header().forEach(schema::addColumn);
    StringWriter out = new StringWriter();
    try (SequenceWriter writer = CSV.writer(schema.build().withLineSeparator("\r\n")).writeValues(out)) {
      for (Row row : sheet.rows()) {
        String[] cells = new String[sheet.header().size()];
        for (int c = 0; c < cells.length; c++) {
          Cell cell = row.cell(c);
          cells[c] = cell == null ? "" : neutralised(cell.text());
        }
        writer.write(cells);
      }
    }
    return out.toString();
  }

  /** OWASP's advice against CSV injection, made reversible: see the class comment. */
  static String neutralised(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        || first == '\'' ? "'" + cell : cell;
  }

  /**
   * The sheets of the CSV files in {@code directory} named after {@code names} ({@code
   * initiatives.csv}...); a missing file is left to the caller, which reports the missing sheet.
   *
   * @param maxBytes the largest file accepted
   * @param maxText the longest cell accepted
   */
  public static XlsxRead.Result read(Path directory, List<String> names, long maxBytes, int maxText) {
    List<Sheet> sheets = new ArrayList<>();
    List<ValidationError> errors = new ArrayList<>();
    for (String name : names) {
      Path file = directory.resolve(name + ".csv");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      String place = name + ".csv";
      try {
        if (Files.size(file) > maxBytes) {
          errors.add(error(place, ErrorCode.LIMIT_EXCEEDED, place + " is larger than " + maxBytes
              + " bytes (ReadLimits.maxDocumentBytes)"));
          continue;
        }
        String text = utf8(Files.readAllBytes(file));
        if (text == null) {
          errors.add(error(place, ErrorCode.IO_ERROR, place + " is not UTF-8 text; save it as CSV UTF-8"));
          continue;
        }
        sheets.add(sheet(name, place, text, maxText));
      } catch (IOException e) {
        errors.add(error(place, ErrorCode.IO_ERROR, place + ": " + e.getMessage()));
      } catch (XlsxRead.Refused e) {
        errors.add(e.error);
      } catch (JacksonException e) {
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        errors.add(error(place, ErrorCode.SYNTAX_ERROR, line, "?", String.valueOf(e.getOriginalMessage())));
      }
    }
    return new XlsxRead.Result(sheets, errors);
  }

  private static Sheet sheet(String name, String place, String text, int maxText) throws XlsxRead.Refused {
    List<String> header = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    try (MappingIterator<String[]> records = CSV.readerFor(String[].class).with(CsvReadFeature.WRAP_AS_ARRAY)
        .readValues(text)) {
      int number = 0;
      while (records.hasNext()) {
        String[] record = records.next();
        number++;
        if (number > XlsxRead.MAX_ROWS || record.length > XlsxRead.MAX_COLUMNS) {
          throw new XlsxRead.Refused(error(place + "!A" + number, ErrorCode.LIMIT_EXCEEDED, "more than " + XlsxRead.MAX_ROWS
              + " rows or " + XlsxRead.MAX_COLUMNS + " columns in " + place));
        }
        if (number == 1) {
          header.addAll(Arrays.asList(record));
          continue;
        }
        List<Cell> cells = new ArrayList<>(record.length);
        boolean empty = true;
        for (int c = 0; c < record.length; c++) {
          String value = record[c];
          if (value != null && value.length() > maxText) {
            throw new XlsxRead.Refused(error(Grid.reference(place, c, number), ErrorCode.LIMIT_EXCEEDED, "a cell longer than "
                + maxText + " characters (ReadLimits.maxStringLength)"));
          }
          boolean blank = value == null || value.isEmpty();
          empty &= blank;
          cells.add(blank ? null : new Cell(value, Cell.Type.PLAIN, false));
        }
        if (!empty) {
          rows.add(new Row(number, Collections.unmodifiableList(cells)));
        }
      }
    }
    return new Sheet(name, header, rows);
  }

  private static String utf8(byte[] bytes) {
    int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static ValidationError error(String cell, ErrorCode code, Object... args) {
    return ValidationError.of(ValidationLayer.SYNTAX, "", code, args).atCell(cell);
  }
}
