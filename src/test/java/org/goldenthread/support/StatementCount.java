package org.goldenthread.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements that the web server's request threads send to the database: every
 * statement prepared or created on a connection taken from the application's data source, by any
 * means (Hibernate, JdbcClient, Spring Session). Work done on other threads (event listeners, mail)
 * is not a page's own and is left out.
 *
 * <p>Import {@link Counting} into an integration test, then {@code StatementCount.of(() ->
 * get(...))} around one request, with nothing else running.
 */
public final class StatementCount {

  private static final Set<String> STATEMENTS =
      Set.of("prepareStatement", "createStatement", "prepareCall");
  private static final Set<String> QUERIES = Set.of("executeQuery", "getResultSet");
  private static final AtomicInteger count = new AtomicInteger();
  private static final AtomicInteger rows = new AtomicInteger();
  private static final java.util.Queue<String> sql =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  private StatementCount() {}

  /**
   * How many statements the request threads ran for {@code work}, and what it answered. The server
   * may save the session after the answer has gone (an answer larger than its buffer), so the count
   * waits until the request threads have been quiet for a tenth of a second.
   */
  public static <T> Counted<T> of(Supplier<T> work) {
    int before = count.get();
    int rowsBefore = rows.get();
    sql.clear();
    T result = work.get();
    int seen;
    do {
      seen = count.get();
      pause();
    } while (count.get() != seen);
    return new Counted<>(
        result, count.get() - before, rows.get() - rowsBefore, java.util.List.copyOf(sql));
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * What was done, how many statements it took and how many rows they read, with the statements'
   * SQL (to say in a failure which ones ran).
   */
  public record Counted<T>(T result, int statements, int rows, java.util.List<String> sql) {

    /** The statements, one a line, for an assertion's description. */
    public String listed() {
      return String.join("\n", sql);
    }
  }

  /** Wraps the application's data source so that statements are counted. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Counting {

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
        }
      };
    }
  }

  private static DataSource counting(DataSource target) {
    return proxy(
        DataSource.class,
        target,
        (method, args, result) ->
            result instanceof Connection c && method.getName().equals("getConnection")
                ? proxy(Connection.class, c, StatementCount::counted)
                : result);
  }

  private static Object counted(Method method, Object[] args, Object result) {
    if (!Thread.currentThread().getName().startsWith("http-nio")) {
      return result;
    }
    if (STATEMENTS.contains(method.getName())) {
      count.incrementAndGet();
      if (args != null && args.length > 0 && args[0] instanceof String text) {
        sql.add(text);
      }
      if (result instanceof PreparedStatement statement) {
        return proxy(PreparedStatement.class, statement, StatementCount::counted);
      }
      if (result instanceof Statement statement) {
        return proxy(Statement.class, statement, StatementCount::counted);
      }
    }
    if (QUERIES.contains(method.getName()) && result instanceof ResultSet found) {
      return proxy(ResultSet.class, found, StatementCount::counted);
    }
    if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
      rows.incrementAndGet();
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, AfterCall after) {
    InvocationHandler handler =
        (self, method, args) -> {
          if (method.getName().equals("unwrap") && args[0] instanceof Class<?> wanted) {
            if (wanted.isInstance(target)) {
              return target;
            }
          }
          if (method.getName().equals("isWrapperFor") && args[0] instanceof Class<?> wanted) {
            if (wanted.isInstance(target)) {
              return true;
            }
          }
          try {
            return after.apply(method, args, method.invoke(target, args));
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private interface AfterCall {
    Object apply(Method method, Object[] args, Object result);
  }
}
