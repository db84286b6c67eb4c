package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.expression.spel.standard.SpelExpression;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.spring6.SpringTemplateEngine;
import tools.jackson.databind.JsonNode;

/**
 * The expressions of the pages people open most stay compiled once Spring has compiled them. One
 * expression's text is one compiled expression for every template: where the same text meets values
 * of two classes (a loop variable {@code r} holding a request in one panel and a review in another
 * on the same home), the compiled form fails on the second class, is thrown away, and is compiled
 * again a hundred evaluations later, a new class each time, for as long as the server runs. Spring
 * compiles an expression after a hundred evaluations, so each page is opened often enough for every
 * expression in it to be compiled, and then again; no compiled expression may be replaced
 * meanwhile.
 */
@IntegrationTest
class TemplateExpressionsStayCompiledTests {

  private static final int VIEWS_PER_ROUND = 60;

  @LocalServerPort int port;
  @Autowired SpringTemplateEngine engine;

  @Test
  void noCompiledExpressionIsThrownAwayForAnotherClass() throws Exception {
    ApiClient api = new ApiClient(port);
    String sarah = sarah(api);
    PageSession senco = new PageSession(port);
    senco.signIn("senco@riverside.example", ApiClient.DEMO_PASSWORD);
    PageSession parent = new PageSession(port);
    parent.signIn("parent@example.org", ApiClient.DEMO_PASSWORD);
    Map<PageSession, List<String>> pages =
        Map.of(
            senco,
            List.of(
                "/",
                "/children",
                "/children/" + sarah,
                "/children/" + sarah + "/plan",
                "/children/" + sarah + "/plan?view=tables",
                "/children/" + sarah + "/meetings",
                "/children/" + sarah + "/team",
                "/children/" + sarah + "/family",
                "/children/" + sarah + "/reviews",
                "/children/" + sarah + "/consents",
                "/children/" + sarah + "/disagreements",
                "/children/" + sarah + "/plan/history",
                "/deadlines",
                "/glossary",
                "/inbox"),
            parent,
            List.of("/", "/children/" + sarah, "/children/" + sarah + "/plan"));

    openEach(pages);
    Map<ExpressionCacheKey, Object> compiled = compiledNow();
    Set<String> replaced = new TreeSet<>();
    for (int round = 0; round < 2; round++) {
      openEach(pages);
      compiledNow()
          .forEach(
              (expression, now) -> {
                Object before = compiled.put(expression, now);
                if (before != null && before != now) {
                  replaced.add(expression.toString());
                }
              });
    }

    assertThat(compiled).as("expressions compiled").isNotEmpty();
    assertThat(replaced)
        .as("expressions whose compiled form was thrown away: each met values of several classes")
        .isEmpty();
  }

  private static void openEach(Map<PageSession, List<String>> pages) {
    pages.forEach(
        (session, paths) -> {
          for (String path : paths) {
            for (int view = 0; view < VIEWS_PER_ROUND; view++) {
              assertThat(session.get(path).status()).as(path).isEqualTo(200);
            }
          }
        });
  }

  /** Each SpEL expression in Thymeleaf's cache with its compiled form, when it has one. */
  private Map<ExpressionCacheKey, Object> compiledNow() throws ReflectiveOperationException {
    ICache<ExpressionCacheKey, Object> cache =
        engine.getConfiguration().getCacheManager().getExpressionCache();
    Field compiledAst = SpelExpression.class.getDeclaredField("compiledAst");
    compiledAst.setAccessible(true);
    Map<ExpressionCacheKey, Object> found = new HashMap<>();
    for (ExpressionCacheKey key : cache.keySet()) {
      Object value = cache.get(key);
      if (value == null || !value.getClass().getSimpleName().equals("ComputedSpelExpression")) {
        continue;
      }
      Field expression = value.getClass().getDeclaredField("expression");
      expression.setAccessible(true);
      Object compiled = compiledAst.get(expression.get(value));
      if (compiled != null) {
        found.put(key, compiled);
      }
    }
    return found;
  }

  private static String sarah(ApiClient api) {
    String token = api.tokenFor("parent@example.org");
    for (JsonNode child : api.get("/api/v1/children", token).json().get("items")) {
      if ("E990212100001".equals(child.get("upn").asString())) {
        return child.get("id").asString();
      }
    }
    throw new IllegalStateException("no Sarah in the demo");
  }
}
