package org.goldenthread.web;

import java.util.HashMap;
import java.util.Map;
import org.goldenthread.support.ApiClient;
import tools.jackson.databind.JsonNode;

/** The ids of Sarah's demo records, by the name a path variable gives them. */
final class DemoIds {

  private DemoIds() {}

  static Map<String, String> find(ApiClient api, String sencoToken) {
    Map<String, String> ids = new HashMap<>();
    String child = null;
    for (JsonNode each : api.get("/api/v1/children?size=200", sencoToken).json().get("items")) {
      if ("Sarah".equals(each.get("givenName").asString())) {
        child = each.get("id").asString();
      }
    }
    String base = "/api/v1/children/" + child;
    ids.put("childId", child);
    ids.put("id", child);
    ids.put("schoolId", api.get(base, sencoToken).json().get("schoolId").asString());
    ids.put("memberId", first(api.get(base + "/team", sencoToken).json()));
    JsonNode meetings = api.get(base + "/meetings", sencoToken).json();
    ids.put("meetingId", first(meetings));
    ids.put("actionId", first(api.get(base + "/actions", sencoToken).json()));
    ids.put("kind", "aspirations");
    ids.put(
        "itemId",
        api.get(base + "/plan", sencoToken).json().get("aspirations").get(0).get("id").asString());
    return ids;
  }

  private static String first(JsonNode list) {
    JsonNode items = list.has("items") ? list.get("items") : list;
    if (items.has("members")) {
      items = items.get("members").get("items");
    }
    return items.get(0).get("id").asString();
  }
}
