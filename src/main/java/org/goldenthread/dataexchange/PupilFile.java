package org.goldenthread.dataexchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.goldenthread.child.NeedCode;
import org.goldenthread.child.SchoolRoll.LineProblem;
import org.goldenthread.child.SchoolRoll.Pupil;
import org.goldenthread.child.SenStatus;
import org.goldenthread.child.YearGroup;
import org.goldenthread.family.FamilyImports;
import org.goldenthread.web.TextRules;

/**
 * The pupils of an uploaded file, CSV or CTF XML, told apart by their content: a file whose first
 * character (after a byte order mark and spaces) is {@code <} is XML. The text must be UTF-8.
 */
record PupilFile(
    Format format, List<Pupil> pupils, List<LineProblem> problems, List<PupilContacts> contacts) {

  /** The parents and carers a file gives for the pupil of this UPN (a CTF's contacts). */
  record PupilContacts(String upn, List<FamilyImports.Contact> contacts) {}

  /** How many parents and carers the file gives. */
  int contactCount() {
    return contacts.stream().mapToInt(pupil -> pupil.contacts().size()).sum();
  }

  /** The most bytes an import reads: far more than a large secondary school's roll. */
  static final int MAX_BYTES = 5 * 1024 * 1024;

  /** The most pupils one file may hold. */
  static final int MAX_PUPILS = 10_000;

  /** The longest a single field may be; names have their own, shorter, limit. */
  static final int MAX_FIELD = 200;

  enum Format {
    CSV,
    CTF
  }

  /**
   * Reads the file.
   *
   * @throws FileRefused when it cannot be read as pupils at all
   */
  static PupilFile read(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new FileRefused(0, "import.error.file.empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw new FileRefused(0, "import.error.file.tooLarge");
    }
    String text = utf8(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.strip().startsWith("<")) {
      return CtfReader.read(text);
    }
    return CsvReader.read(text);
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new FileRefused(0, "import.error.file.encoding");
    }
  }

  /**
   * Turns one pupil's fields, as text, into a pupil, adding a problem for each field that is not
   * what it should be (the field is then left empty, and the rules do not name it again).
   */
  static final class Fields {

    private final int line;
    private final List<LineProblem> problems;

    Fields(int line, List<LineProblem> problems) {
      this.line = line;
      this.problems = problems;
    }

    /** The text, or null when blank or refused (hostile, markup, too long). */
    String text(String field, String value) {
      String tidy = TextRules.tidy(value);
      if (tidy == null) {
        return null;
      }
      var problem = TextRules.problem(tidy);
      if (problem.isPresent()) {
        return refuse(field, problem.get());
      }
      if (tidy.length() > MAX_FIELD) {
        return refuse(field, "import.error.tooLong");
      }
      if (tidy.indexOf('<') >= 0 || tidy.indexOf('>') >= 0) {
        return refuse(field, "import.error.markup");
      }
      return tidy;
    }

    LocalDate date(String field, String value) {
      String text = text(field, value);
      if (text == null) {
        return null;
      }
      for (DateTimeFormatter format : DATES) {
        try {
          return LocalDate.parse(text, format);
        } catch (DateTimeParseException e) {
          // the next format
        }
      }
      refuse(field, "import.error.date");
      return null;
    }

    String yearGroup(String field, String value) {
      String text = text(field, value);
      String year = YearGroup.fromApi(text);
      if (year != null && !YearGroup.isValid(year)) {
        return refuse(field, "import.error.yearGroup");
      }
      return year;
    }

    SenStatus senStatus(String field, String value) {
      String text = text(field, value);
      if (text == null) {
        return null;
      }
      try {
        return SenStatus.valueOf(text.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        refuse(field, "import.error.senStatus");
        return null;
      }
    }

    NeedCode need(String field, String value) {
      String text = text(field, value);
      if (text == null) {
        return null;
      }
      try {
        return NeedCode.valueOf(text.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        refuse(field, "import.error.need");
        return null;
      }
    }

    void problem(String field, String key) {
      problems.add(new LineProblem(line, field, key));
    }

    private String refuse(String field, String key) {
      problem(field, key);
      return null;
    }
  }

  /** Dates as files write them: 2015-03-02, or 02/03/2015 as English information systems do. */
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));

  static List<LineProblem> newProblems() {
    return new ArrayList<>();
  }
}
