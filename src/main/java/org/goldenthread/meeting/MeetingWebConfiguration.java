package org.goldenthread.meeting;

import java.util.List;
import org.goldenthread.web.DoorParameters;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the meeting door's argument resolver with Spring MVC, and keeps the resolved meeting
 * out of the OpenAPI description (it is not a request parameter).
 */
@Configuration(proxyBeanMethods = false)
class MeetingWebConfiguration implements WebMvcConfigurer {

  static {
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(AccessibleMeeting.class);
  }

  private final AccessibleMeetingResolver resolver;

  MeetingWebConfiguration(AccessibleMeetingResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(resolver);
  }

  /** Describes the {@code meetingId} an accessible meeting is read from, in the API description. */
  @Bean
  OperationCustomizer meetingIdOfTheDoor() {
    return DoorParameters.describing(
        AccessibleMeeting.class, AccessibleMeetingResolver.MEETING_VARIABLE);
  }
}
