package org.goldenthread.dataexchange;

import java.util.ArrayList;
import java.util.List;
import org.goldenthread.child.SchoolRoll.LineProblem;
import org.goldenthread.child.SchoolRoll.Pupil;

/** Our CSV template: the header line, then one pupil a line (RFC 4180 quoting). */
final class CsvReader {

  /** The template's header, exactly. */
  static final String HEADER =
      "upn,givenName,familyName,preferredName,dateOfBirth,yearGroup,senStatus,primaryNeed,secondaryNeed";

  static final String[] COLUMNS = HEADER.split(",");

  private CsvReader() {}

  static PupilFile read(String text) {
    List<Record> records = records(text);
    if (records.isEmpty()) {
      throw new FileRefused(0, "import.error.file.empty");
    }
    Record header = records.get(0);
    if (!String.join(",", header.fields().stream().map(String::strip).toList()).equals(HEADER)) {
      throw new FileRefused(header.line(), "import.error.csv.header");
    }
    if (records.size() - 1 > PupilFile.MAX_PUPILS) {
      throw new FileRefused(0, "import.error.file.tooMany");
    }
    List<Pupil> pupils = new ArrayList<>();
    List<LineProblem> problems = PupilFile.newProblems();
    for (Record record : records.subList(1, records.size())) {
      List<String> f = record.fields();
      if (f.size() == 1 && f.get(0).isBlank()) {
        continue;
      }
      PupilFile.Fields fields = new PupilFile.Fields(record.line(), problems);
      if (f.size() != COLUMNS.length) {
        fields.problem("line", "import.error.csv.columns");
        continue;
      }
      pupils.add(
          new Pupil(
              record.line(),
              fields.text("upn", f.get(0)),
              fields.text("givenName", f.get(1)),
              fields.text("familyName", f.get(2)),
              fields.text("preferredName", f.get(3)),
              fields.date("dateOfBirth", f.get(4)),
              fields.yearGroup("yearGroup", f.get(5)),
              fields.senStatus("senStatus", f.get(6)),
              fields.need("primaryNeed", f.get(7)),
              fields.need("secondaryNeed", f.get(8))));
    }
    return new PupilFile(PupilFile.Format.CSV, pupils, problems, List.of());
  }

  /** One record of the file and the line it starts on (the header is line 1). */
  record Record(int line, List<String> fields) {}

  static List<Record> records(String text) {
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int start = 1;
    int i = 0;
    boolean any = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        any = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        records.add(new Record(start, List.copyOf(fields)));
        fields.clear();
        field.setLength(0);
        any = false;
        line++;
        start = line;
      } else {
        field.append(c);
        any = true;
      }
      i++;
    }
    if (any || field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(new Record(start, List.copyOf(fields)));
    }
    return records;
  }
}
