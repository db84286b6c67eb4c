package org.goldenthread.export;

import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * PLACEHOLDER for the subject access export's record writer: the whole record as one JSON object
 * whose top-level keys are kinds of record. This stand-in writes only the child's basic fields; the
 * real one replaces it at merge.
 */
@Service
public class ChildRecordJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Children children;
  private final Clock clock;

  ChildRecordJson(Children children, Clock clock) {
    this.children = children;
    this.clock = clock;
  }

  /** Writes the child's record as JSON to {@code out}, leaving it open. */
  public void write(UUID childId, OutputStream out) {
    ChildSummary child = children.find(childId).orElseThrow();
    Map<String, Object> basics = new LinkedHashMap<>();
    basics.put("givenName", child.givenName());
    basics.put("familyName", child.familyName());
    basics.put("preferredName", child.preferredName());
    basics.put("dateOfBirth", child.dateOfBirth().toString());
    basics.put("upn", child.upn());
    basics.put("schoolName", child.schoolName());
    basics.put("yearGroup", child.yearGroup());
    basics.put("senStatus", child.senStatus().name());
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("schemaVersion", 1);
    record.put("exportedAt", clock.instant().toString());
    record.put("child", basics);
    JSON.writeValue(new NonClosing(out), record);
  }

  /** The caller's stream, which the JSON writer must not close. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }
}
