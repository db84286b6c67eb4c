package org.goldenthread.glossary;

import java.util.Set;
import java.util.function.Supplier;
import org.goldenthread.web.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every template {@code #glossary}: a {@link GlossaryLinks} made for the page being drawn, so
 * that {@code th:utext="${#glossary.link(text)}"} links each term's first use on the page. Where
 * the terms are not to hand (a controller's slice test) it only escapes the text.
 */
@Component
class GlossaryDialect extends AbstractDialect implements IExpressionObjectDialect {

  static final String NAME = "glossary";

  private final Supplier<GlossaryTerms> terms;

  GlossaryDialect(ObjectProvider<GlossaryTerms> terms) {
    super("Glossary");
    this.terms = SingletonSupplier.of(terms::getIfAvailable);
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of(NAME);
      }

      @Override
      public Object buildObject(IExpressionContext context, String expressionObjectName) {
        GlossaryTerms held = terms.get();
        return new GlossaryLinks(
            held == null ? TermIndex.EMPTY : held.index(Language.of(context.getLocale())));
      }

      /** One for the whole page: it remembers which terms the page has linked. */
      @Override
      public boolean isCacheable(String expressionObjectName) {
        return true;
      }
    };
  }
}
