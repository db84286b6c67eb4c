package org.goldenthread.meeting;

import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the meeting door's argument resolver with Spring MVC, and keeps the resolved meeting
 * and action out of the OpenAPI description (they are not request parameters).
 */
@Configuration(proxyBeanMethods = false)
class MeetingWebConfiguration implements WebMvcConfigurer {

  static {
    SpringDocUtils.getConfig()
        .addRequestWrapperToIgnore(AccessibleMeeting.class, AccessibleAction.class);
  }

  private final AccessibleMeetingResolver resolver;

  MeetingWebConfiguration(AccessibleMeetingResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(resolver);
  }
}
