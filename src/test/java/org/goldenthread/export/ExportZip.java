package org.goldenthread.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An export's ZIP as its files, by name in the order written. */
record ExportZip(Map<String, byte[]> files) {

  static ExportZip read(byte[] zip) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ExportZip(files);
  }

  String text(String name) {
    return new String(files.get(name), StandardCharsets.UTF_8);
  }

  JsonNode json(String name) {
    return JsonMapper.shared().readTree(files.get(name));
  }

  JsonNode record() {
    return json("record.json");
  }
}
