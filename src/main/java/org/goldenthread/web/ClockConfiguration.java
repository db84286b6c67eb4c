package org.goldenthread.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every rule reads, in England's time zone, so that tests can fix "today" and dates
 * change at midnight in London rather than in UTC.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  @Bean
  Clock clock() {
    return Clock.system(Dates.ENGLAND);
  }
}
