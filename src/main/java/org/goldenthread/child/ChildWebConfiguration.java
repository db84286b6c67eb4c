package org.goldenthread.child;

import java.util.List;
import org.goldenthread.web.DoorParameters;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the door's argument resolver with Spring MVC, and keeps the resolved {@link
 * AccessibleChild} out of the OpenAPI description (it is not a request parameter), which describes
 * the {@code childId} it is read from instead.
 */
@Configuration(proxyBeanMethods = false)
class ChildWebConfiguration implements WebMvcConfigurer {

  static {
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(AccessibleChild.class);
  }

  private final AccessibleChildResolver resolver;

  ChildWebConfiguration(AccessibleChildResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(resolver);
  }

  /** Describes the {@code childId} an accessible child is read from, in the API's description. */
  @Bean
  OperationCustomizer childIdOfTheDoor() {
    return DoorParameters.describing(AccessibleChild.class, AccessibleChildResolver.PATH_VARIABLE);
  }
}
