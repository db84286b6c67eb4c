package org.goldenthread.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.goldenthread.child.AccessibleChild;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Download a copy of Sarah Bennett's record": what the copy holds, in plain words, and the link to
 * the ZIP. Someone who may see the child but not have the copy is told who may (403).
 */
@Controller
class ExportPageController {

  static final String VIEW = "export/export";

  private final ChildExport export;

  ExportPageController(ChildExport export) {
    this.export = export;
  }

  @GetMapping("/children/{childId}/export")
  String page(AccessibleChild child, Model model, HttpServletResponse response) {
    boolean allowed = ChildExport.mayExport(child);
    if (!allowed) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
    }
    model.addAttribute("child", child);
    model.addAttribute("allowed", allowed);
    return VIEW;
  }

  @GetMapping("/children/{childId}/export.zip")
  void download(AccessibleChild child, Locale locale, HttpServletResponse response)
      throws IOException {
    ExportDownload.send(export, child, locale, response);
  }
}
