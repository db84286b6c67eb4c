package org.goldenthread.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.DEMO_PASSWORD;
import static org.goldenthread.browser.Journey.row;
import static org.goldenthread.browser.Journey.signIn;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A table of records on a phone: the SENCO's list of children stacks into a card per child, each
 * fact led by its column's label, while a screen reader still meets a table with its column
 * headers, and hears each label once (read from chromium's own accessibility tree); on a wide
 * screen it is an ordinary table.
 */
class StackedTableTests extends BrowserTest {

  @Test
  void theChildrenListStacksOnAPhoneAndStaysATableForScreenReaders() {
    page.navigate("/sign-in");
    signIn(page, "senco@riverside.example", DEMO_PASSWORD);
    page.setViewportSize(NarrowLayout.WIDTH, NarrowLayout.HEIGHT);
    page.navigate("/children?search=Sarah+Bennett");

    Locator year = row(page, "Sarah Bennett").getByRole(AriaRole.CELL).first();
    assertThat(year).hasText("Year 9");
    assertThat(year).hasCSS("display", "block");
    Assertions.assertThat(
            page.evaluate("e => getComputedStyle(e, '::before').content", year.elementHandle()))
        .asString()
        .startsWith("\"Year group\"");
    Assertions.assertThat(page.locator("#caseload thead").boundingBox().width)
        .isLessThanOrEqualTo(1);

    CDPSession chromium = page.context().newCDPSession(page);
    int table = domNode(chromium, "#caseload");
    Assertions.assertThat(accessibleNames(chromium, table, "table")).containsExactly("Children");
    Assertions.assertThat(accessibleNames(chromium, table, "columnheader"))
        .containsExactly("Name", "Year group", "School", "SEN status", "Primary need");
    Assertions.assertThat(accessibleNames(chromium, table, "rowheader")).contains("Sarah Bennett");
    Assertions.assertThat(accessibleNames(chromium, table, "cell"))
        .contains("Year 9", "Riverside Academy")
        .noneMatch(name -> name.startsWith("Year group"));
    Axe.assertNoViolations(page);

    page.setViewportSize(NarrowLayout.WIDE, 900);
    assertThat(year).hasCSS("display", "table-cell");
    assertThat(
            page.getByRole(
                AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Year group")))
        .isVisible();
    Axe.assertNoViolations(page);
  }

  private static int domNode(CDPSession chromium, String selector) {
    int document =
        chromium.send("DOM.getDocument").getAsJsonObject("root").get("nodeId").getAsInt();
    JsonObject query = new JsonObject();
    query.addProperty("nodeId", document);
    query.addProperty("selector", selector);
    return chromium.send("DOM.querySelector", query).get("nodeId").getAsInt();
  }

  /** The accessible names of the nodes with this role in the node's accessibility subtree. */
  private static List<String> accessibleNames(CDPSession chromium, int node, String role) {
    JsonObject query = new JsonObject();
    query.addProperty("nodeId", node);
    query.addProperty("role", role);
    List<String> names = new ArrayList<>();
    for (JsonElement found :
        chromium.send("Accessibility.queryAXTree", query).getAsJsonArray("nodes")) {
      names.add(
          found
              .getAsJsonObject()
              .getAsJsonObject("name")
              .get("value")
              .getAsString()
              .replaceAll("[\\s\\u00a0]+", " ")
              .strip());
    }
    return names;
  }
}
