package org.goldenthread.voice;

import org.goldenthread.web.PageForms;

/** The page's form for a new view, kept as typed. */
record ViewForm(
    String whose,
    String text,
    String aboutKind,
    String aboutId,
    String space,
    String voice,
    String method,
    String audience) {

  static ViewForm empty(String whose) {
    return new ViewForm(whose, null, null, null, null, null, null, null);
  }

  ViewInput input() {
    AboutKind kind = PageForms.choice(AboutKind.class, aboutKind);
    return new ViewInput(
        PageForms.choice(Whose.class, whose),
        text,
        null,
        kind,
        kind != null && kind.named() ? PageForms.id(aboutId) : null,
        space,
        voice,
        PageForms.choice(ViewMethod.class, method),
        audience);
  }
}
