package org.goldenthread.web;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@code PUT} as the API promises it: it changes only the fields it carries. What was sent is
 * laid over the record as it is now, field by field; a field left out (or sent as null) keeps its
 * value. A field of the record whose value is no value of the request's field (the same name
 * meaning something else for another kind of record) is read as none: what was sent has already
 * been read.
 */
public final class PartialUpdate {

  private PartialUpdate() {}

  public static <T> T over(JsonMapper json, T sent, Object current, Class<T> type) {
    ObjectNode merged = json.valueToTree(current);
    ObjectNode changes = json.valueToTree(sent);
    for (Map.Entry<String, JsonNode> field : changes.properties()) {
      if (!field.getValue().isNull()) {
        merged.set(field.getKey(), field.getValue());
      }
    }
    return json.readerFor(type)
        .with(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .readValue(merged);
  }
}
