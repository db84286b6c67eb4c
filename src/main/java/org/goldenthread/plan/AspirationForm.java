package org.goldenthread.plan;

import java.util.List;

/** The form of an aspiration, as typed. */
record AspirationForm(String text, String voice, List<String> needIds) implements ItemForm {

  static AspirationForm of(AspirationView a) {
    return new AspirationForm(a.text(), ItemForm.choice(a.voice()), ItemForm.ids(a.needIds()));
  }

  @Override
  public ItemInput input(FormReader read) {
    return new ItemInput.Aspiration(text, read.choice(Voice.class, voice), read.ids(needIds));
  }
}
