package org.goldenthread.voice;

import java.util.UUID;
import org.goldenthread.document.UploadedFile;
import org.goldenthread.web.PageForms;
import org.springframework.web.multipart.MultipartFile;

/** The page's form for a new view, kept as typed. */
record ViewForm(
    String whose,
    String text,
    String aboutKind,
    String aboutId,
    String space,
    String voice,
    String method,
    String audience,
    MultipartFile file) {

  /**
   * An empty form about what a link names (a meeting's page links "Add a view for this meeting"): a
   * kind or an id that is not one is left out.
   */
  static ViewForm about(String whose, String aboutKind, String aboutId) {
    AboutKind kind = PageForms.choice(AboutKind.class, aboutKind);
    UUID id = kind != null && kind.named() ? PageForms.id(aboutId) : null;
    return new ViewForm(
        whose,
        null,
        kind == null ? null : kind.name(),
        id == null ? null : id.toString(),
        null,
        null,
        null,
        null,
        null);
  }

  /** The picture, drawing or recording chosen, or null for none. */
  UploadedFile upload() {
    return UploadedFile.of(file);
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
