package org.goldenthread.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Room in Thymeleaf's cache for every expression of every page. By default it keeps 500, fewer than
 * the pages hold between them, so under load expressions were parsed again and their methods looked
 * up again on each view (and that look-up takes a lock shared by every request). The expressions
 * are the templates' own text, never a person's data.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

  static final int EXPRESSIONS = 20_000;

  @Bean
  static BeanPostProcessor roomForEveryExpression() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof SpringTemplateEngine engine) {
          StandardCacheManager caches = new StandardCacheManager();
          caches.setExpressionCacheMaxSize(EXPRESSIONS);
          caches.setExpressionCacheInitialSize(1_000);
          caches.setExpressionCacheUseSoftReferences(false);
          engine.setCacheManager(caches);
        }
        return bean;
      }
    };
  }
}
