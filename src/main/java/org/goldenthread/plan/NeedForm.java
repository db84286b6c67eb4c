package org.goldenthread.plan;

import java.util.List;

/** The form of a need, as typed. */
record NeedForm(String text, String area, List<String> aspirationIds, List<String> outcomeIds)
    implements ItemForm {

  static NeedForm of(NeedView n) {
    return new NeedForm(
        n.text(),
        ItemForm.choice(n.area()),
        ItemForm.ids(n.aspirationIds()),
        ItemForm.ids(n.outcomeIds()));
  }

  @Override
  public ItemInput input(FormReader read) {
    return new ItemInput.Need(
        text, read.choice(AreaOfNeed.class, area), read.ids(aspirationIds), read.ids(outcomeIds));
  }
}
