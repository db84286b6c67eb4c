package org.goldenthread.web;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Gives every template each {@link TemplateObject} bean as {@code #} and its name. */
@Component
class TemplateObjectsDialect extends AbstractDialect implements IExpressionObjectDialect {

  private final ObjectProvider<TemplateObject> objects;

  TemplateObjectsDialect(ObjectProvider<TemplateObject> objects) {
    super("Template objects");
    this.objects = objects;
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    Map<String, TemplateObject> byName =
        objects.stream()
            .collect(
                Collectors.toUnmodifiableMap(TemplateObject::templateName, Function.identity()));
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return byName.keySet();
      }

      @Override
      public Object buildObject(IExpressionContext context, String expressionObjectName) {
        return byName.get(expressionObjectName);
      }

      @Override
      public boolean isCacheable(String expressionObjectName) {
        return true;
      }
    };
  }
}
