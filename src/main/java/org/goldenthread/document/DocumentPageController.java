package org.goldenthread.document;

import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.Choice;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.ValidationProblem;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child's documents and evidence: the list with the form to share one, and one document's page
 * with its download and the school's response (the form to record it, for the school).
 */
@Controller
@RequestMapping("/children/{childId}/documents")
class DocumentPageController {

  static final String LIST = "document/documents";
  static final String DOCUMENT = "document/document";
  static final String FORM = "documentUploadForm";
  static final String RESPONSE_FORM = "documentResponseForm";
  static final int PAGE_SIZE = 20;

  private final Documents documents;

  DocumentPageController(Documents documents) {
    this.documents = documents;
  }

  @GetMapping
  String list(AccessibleChild child, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(FORM, DocumentUploadForm.empty());
    return listPage(child, page, model);
  }

  @PostMapping
  String upload(
      AccessibleChild child,
      @ModelAttribute(FORM) DocumentUploadForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    try {
      DocumentView saved =
          documents.upload(child, form.title(), form.kind(), UploadedFile.of(form.file()));
      redirect.addFlashAttribute(
          PageBanner.ATTRIBUTE,
          PageBanner.success(
              saved.fromFamily() ? "document.banner.evidence" : "document.banner.shared",
              saved.title()));
      return "redirect:/children/" + child.id() + "/documents";
    } catch (ValidationProblem problem) {
      PageForms.reject(binding, problem);
    } catch (DocumentRefused refused) {
      binding.rejectValue("file", refused.messageKey(), refused.arguments(), null);
    }
    return listPage(child, 0, model);
  }

  @GetMapping("/{documentId}")
  String show(AccessibleChild child, @PathVariable String documentId, Model model) {
    DocumentView document = documents.get(child, NotFound.id(documentId));
    model.addAttribute(RESPONSE_FORM, DocumentResponseForm.of(document));
    return documentPage(child, document, model);
  }

  @PostMapping("/{documentId}")
  String respond(
      AccessibleChild child,
      @PathVariable String documentId,
      @ModelAttribute(RESPONSE_FORM) @CheckedText DocumentResponseForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    DocumentView document = documents.get(child, NotFound.id(documentId));
    long version = PageForms.requireVersion(form.version(), binding);
    if (!PageForms.hasRefusedText(binding)) {
      try {
        documents.respond(child, document.id(), form.text(), version);
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("document.banner.responded", null));
        return "redirect:/children/" + child.id() + "/documents/" + document.id();
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (EditConflict conflict) {
        binding.reject("document.error.changed");
        document = documents.get(child, document.id());
      }
    }
    return documentPage(child, document, model);
  }

  @GetMapping("/{documentId}/file")
  ResponseEntity<byte[]> file(AccessibleChild child, @PathVariable String documentId) {
    return documents.file(child, NotFound.id(documentId)).download();
  }

  private String listPage(AccessibleChild child, int page, Model model) {
    Page<DocumentView> shown = documents.page(child, page, PAGE_SIZE);
    model.addAttribute("child", child);
    model.addAttribute("documents", shown);
    model.addAttribute("kindChoices", Choice.ofValues(DocumentKind.sharedOnTheirOwn()));
    model.addAttribute("fromFamily", child.grant().isFamily());
    model.addAttribute("maxMegabytes", documents.maxSize().toMegabytes());
    return LIST;
  }

  private String documentPage(AccessibleChild child, DocumentView document, Model model) {
    model.addAttribute("child", child);
    model.addAttribute("document", document);
    model.addAttribute("mayRespond", document.fromFamily() && documents.mayRespond(child));
    return DOCUMENT;
  }
}
