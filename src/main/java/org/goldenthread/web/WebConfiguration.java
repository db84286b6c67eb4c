package org.goldenthread.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/** What every request goes through: text read through {@link TextRules}, in forms and in JSON. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new TextInputCheck());
  }

  @Bean
  JacksonModule checkedText() {
    return new SimpleModule("checked-text")
        .addDeserializer(String.class, new CheckedTextDeserializer());
  }
}
