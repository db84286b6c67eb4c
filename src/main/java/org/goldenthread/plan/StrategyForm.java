package org.goldenthread.plan;

/** The form of a strategy, as typed. */
record StrategyForm(String text, String usedAt) implements ItemForm {

  static StrategyForm of(StrategyView s) {
    return new StrategyForm(s.text(), ItemForm.choice(s.usedAt()));
  }

  @Override
  public ItemInput input(FormReader read) {
    return new ItemInput.Strategy(text, read.choice(UsedAt.class, usedAt));
  }
}
