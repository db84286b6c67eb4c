package org.goldenthread.action;

import java.util.List;
import org.goldenthread.web.DoorParameters;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the action door's argument resolver with Spring MVC, and keeps the resolved action out
 * of the OpenAPI description (it is not a request parameter).
 */
@Configuration(proxyBeanMethods = false)
class ActionWebConfiguration implements WebMvcConfigurer {

  static {
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(AccessibleAction.class);
  }

  private final AccessibleActionResolver resolver;

  ActionWebConfiguration(AccessibleActionResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(resolver);
  }

  /** Describes the {@code actionId} an accessible action is read from, in the API description. */
  @Bean
  OperationCustomizer actionIdOfTheDoor() {
    return DoorParameters.describing(
        AccessibleAction.class, AccessibleActionResolver.ACTION_VARIABLE);
  }
}
