package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.BeanReference;
import org.springframework.expression.spel.ast.MethodReference;
import org.springframework.expression.spel.ast.OpPlus;
import org.springframework.expression.spel.ast.PropertyOrFieldReference;
import org.springframework.expression.spel.ast.SpelNodeImpl;
import org.springframework.expression.spel.standard.SpelExpression;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.spring6.SpringTemplateEngine;
import tools.jackson.databind.JsonNode;

/**
 * The expressions of the pages people open most are compiled, and stay compiled. Spring compiles an
 * expression after a hundred evaluations, so each page is opened often enough for every expression
 * in it to be compiled, and then again.
 *
 * <ul>
 *   <li>One expression's text is one compiled expression for every template: where the same text
 *       meets values of two classes (a loop variable {@code r} holding a request in one panel and a
 *       review in another on the same home), the compiled form fails on the second class, is thrown
 *       away, and is compiled again a hundred evaluations later, a new class each time, for as long
 *       as the server runs. No compiled expression may be replaced.
 *   <li>Some expressions can never be compiled, and are worked out step by step on every page view:
 *       one that names a bean ({@code @dates}: a {@link TemplateObject} is reached as {@code
 *       #dateWords} instead), one that joins text to something that is not text ({@code
 *       'plan.kind.' + item.kind}: {@code item.kind?.toString()} instead), and one that reads a
 *       property or calls a method of a class that is not public. None may be among the expressions
 *       the pages used.
 * </ul>
 */
@IntegrationTest
class TemplateExpressionsStayCompiledTests {

  private static final int VIEWS_PER_ROUND = 60;

  @LocalServerPort int port;
  @Autowired SpringTemplateEngine engine;

  @Test
  void expressionsOfTheMostUsedPagesAreCompiledAndStayCompiled() throws Exception {
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
                "/children/" + sarah + "/requests",
                "/children/" + sarah + "/support-requests",
                "/children/" + sarah + "/contacts",
                "/children/" + sarah + "/documents",
                "/children/" + sarah + "/messages",
                "/children/" + sarah + "/views",
                "/directory",
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
    assertThat(neverCompiled())
        .as("expressions the pages used that can never be compiled, with the part that stops it")
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

  /**
   * The expressions in Thymeleaf's cache, evaluated often enough to be compiled but not compiled,
   * for a reason a template can avoid: each with the part that stops it.
   */
  private Set<String> neverCompiled() throws ReflectiveOperationException {
    Set<String> found = new TreeSet<>();
    for (Map.Entry<ExpressionCacheKey, SpelExpression> entry : spelExpressions().entrySet()) {
      SpelExpression expression = entry.getValue();
      if (compiledAst(expression) == null && interpretedCount(expression) > 100) {
        avoidable(expression.getAST())
            .ifPresent(part -> found.add(entry.getKey() + " (" + part + ")"));
      }
    }
    return found;
  }

  /**
   * The first part of an expression that can never be compiled although everything inside it can: a
   * bean reference, a string joined to something else, a property or method of a class that is not
   * public. Parts never evaluated (the branch of a condition that did not apply) are not counted:
   * they are not compiled for want of a value, not for what they are.
   */
  private static Optional<String> avoidable(SpelNode node) throws ReflectiveOperationException {
    boolean partsCompilable = true;
    for (int i = 0; i < node.getChildCount(); i++) {
      Optional<String> inside = avoidable(node.getChild(i));
      if (inside.isPresent()) {
        return inside;
      }
      partsCompilable &= ((SpelNodeImpl) node.getChild(i)).isCompilable();
    }
    if (((SpelNodeImpl) node).isCompilable() || !partsCompilable) {
      return Optional.empty();
    }
    boolean avoidable =
        node instanceof BeanReference
            || node instanceof OpPlus
            || (node instanceof PropertyOrFieldReference && evaluated(node, "cachedReadAccessor"))
            || (node instanceof MethodReference && evaluated(node, "cachedExecutor"));
    return avoidable ? Optional.of(node.toStringAST()) : Optional.empty();
  }

  private static boolean evaluated(SpelNode node, String cacheField)
      throws ReflectiveOperationException {
    Field cache = node.getClass().getDeclaredField(cacheField);
    cache.setAccessible(true);
    Object cached = cache.get(node);
    return cached instanceof AtomicReference<?> reference
        ? reference.get() != null
        : cached != null;
  }

  /** Each SpEL expression in Thymeleaf's cache with its compiled form, when it has one. */
  private Map<ExpressionCacheKey, Object> compiledNow() throws ReflectiveOperationException {
    Map<ExpressionCacheKey, Object> found = new HashMap<>();
    for (Map.Entry<ExpressionCacheKey, SpelExpression> entry : spelExpressions().entrySet()) {
      Object compiled = compiledAst(entry.getValue());
      if (compiled != null) {
        found.put(entry.getKey(), compiled);
      }
    }
    return found;
  }

  /** The SpEL expressions in Thymeleaf's cache. */
  private Map<ExpressionCacheKey, SpelExpression> spelExpressions()
      throws ReflectiveOperationException {
    ICache<ExpressionCacheKey, Object> cache =
        engine.getConfiguration().getCacheManager().getExpressionCache();
    Map<ExpressionCacheKey, SpelExpression> found = new HashMap<>();
    for (ExpressionCacheKey key : cache.keySet()) {
      Object value = cache.get(key);
      if (value == null || !value.getClass().getSimpleName().equals("ComputedSpelExpression")) {
        continue;
      }
      Field expression = value.getClass().getDeclaredField("expression");
      expression.setAccessible(true);
      found.put(key, (SpelExpression) expression.get(value));
    }
    return found;
  }

  private static Object compiledAst(SpelExpression expression) throws ReflectiveOperationException {
    Field compiledAst = SpelExpression.class.getDeclaredField("compiledAst");
    compiledAst.setAccessible(true);
    return compiledAst.get(expression);
  }

  private static int interpretedCount(SpelExpression expression)
      throws ReflectiveOperationException {
    Field count = SpelExpression.class.getDeclaredField("interpretedCount");
    count.setAccessible(true);
    return ((AtomicInteger) count.get(expression)).get();
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
