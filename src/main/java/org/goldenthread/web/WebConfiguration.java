package org.goldenthread.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * What every request goes through: text read through {@link TextRules}, in forms and in JSON, and a
 * change of language asked for with {@code ?lang=}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new TextInputCheck());
    registry.addInterceptor(languageSwitch());
  }

  /**
   * {@code ?lang=cy} on any page switches the language and keeps the choice (the locale resolver
   * decides where); a language we do not write in is ignored.
   */
  private static LocaleChangeInterceptor languageSwitch() {
    LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
    interceptor.setParamName("lang");
    interceptor.setIgnoreInvalidLocale(true);
    return interceptor;
  }

  /**
   * Typed fields read as people write them (an enum in any case, an empty value as none), and every
   * field of the wrong form noted rather than the first one thrown ({@link BodyFieldProblems}); a
   * number is never read as an enum's position.
   */
  @Bean
  JsonMapperBuilderCustomizer fieldByFieldReading() {
    return builder ->
        builder
            .addHandler(new BodyFieldProblems())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .withCoercionConfig(LogicalType.Enum, WebConfiguration::emptyAsNone)
            .withCoercionConfig(LogicalType.DateTime, WebConfiguration::emptyAsNone)
            .withCoercionConfig(LogicalType.OtherScalar, WebConfiguration::emptyAsNone);
  }

  private static void emptyAsNone(MutableCoercionConfig config) {
    config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    config.setAcceptBlankAsEmpty(true);
  }

  @Bean
  JacksonModule checkedText() {
    return new SimpleModule("checked-text")
        .addDeserializer(String.class, new CheckedTextDeserializer())
        .setDeserializerModifier(new StrictScalars());
  }
}
