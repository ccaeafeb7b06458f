package dev.flopex.costing.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 CSV reader for tests that check flopex's CSV output field by field: quoted fields may
 * hold commas, quotes written as {@code ""} and line breaks; a carriage return outside quotes is
 * dropped, so {@code \r\n} and {@code \n} line ends read alike. Shared through costing's test-jar
 * by report's and cli's tests, so both read CSV the same way.
 */
public final class Csv {
  private Csv() {}

  /**
   * Returns the records of {@code text}, each a list of its fields. A last record without a line
   * break is returned too; whether the text ends with one is for the caller to check.
   *
   * @throws IllegalArgumentException if the text ends inside a quoted field
   */
  public static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else if (c != '\r') {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException(
          "CSV ends inside a quoted field: " + field.length() + " characters after the last quote");
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
