package org.goldenthread.document;

import java.util.List;
import org.goldenthread.web.DoorParameters;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the document door's argument resolver with Spring MVC, keeps the resolved document out
 * of the OpenAPI description (it is not a request parameter), and reads {@link DocumentSettings}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentSettings.class)
class DocumentWebConfiguration implements WebMvcConfigurer {

  static {
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(AccessibleDocument.class);
  }

  private final AccessibleDocumentResolver resolver;

  DocumentWebConfiguration(AccessibleDocumentResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(resolver);
  }

  /** Describes the {@code documentId} an accessible document is read from, in the API. */
  @Bean
  OperationCustomizer documentIdOfTheDoor() {
    return DoorParameters.describing(
        AccessibleDocument.class, AccessibleDocumentResolver.DOCUMENT_VARIABLE);
  }
}
