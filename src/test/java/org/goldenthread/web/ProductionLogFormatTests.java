package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code prod} profile logs one JSON object a line, and a line logged while a request is
 * answered carries the request id that {@link RequestIds} put in the logging context.
 */
class ProductionLogFormatTests {

  @Test
  void aLineInProductionIsJsonWithItsRequestId() throws Exception {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(new ResourcePropertySource(new ClassPathResource("application.properties")));
    environment
        .getPropertySources()
        .addFirst(new ResourcePropertySource(new ClassPathResource("application-prod.properties")));
    LoggerContext logging = new LoggerContext();
    logging.putObject(Environment.class.getName(), environment);
    StructuredLogEncoder encoder = new StructuredLogEncoder();
    encoder.setContext(logging);
    encoder.setFormat(environment.getProperty("logging.structured.format.console"));
    encoder.start();
    LoggingEvent event =
        new LoggingEvent(
            getClass().getName(),
            logging.getLogger("org.goldenthread.example"),
            Level.INFO,
            "Pupil import of {} pupils took {} ms",
            null,
            new Object[] {12, 40});
    event.setMDCPropertyMap(Map.of(RequestIds.MDC_KEY, "5d0c1e2a-request"));

    String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

    assertThat(line).endsWith("\n").doesNotContain("\n\n");
    JsonNode json = JsonMapper.builder().build().readTree(line);
    assertThat(json.get("message").asString()).isEqualTo("Pupil import of 12 pupils took 40 ms");
    assertThat(json.findValue("requestId").asString()).isEqualTo("5d0c1e2a-request");
    assertThat(json.at("/log/level").asString()).isEqualTo("INFO");
    assertThat(json.at("/service/name").asString()).isEqualTo("golden-thread");
  }
}
