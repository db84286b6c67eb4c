package org.goldenthread.message;

import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.ValidationProblem;
import org.springframework.data.domain.Page;
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
 * A child's messages: the threads, newest activity first with what is unread, and the form to start
 * one; and one thread, read by whom, with the form to reply.
 */
@Controller
@RequestMapping("/children/{childId}/messages")
class MessagePageController {

  static final String LIST = "message/messages";
  static final String THREAD = "message/thread";
  static final String FORM = "threadForm";
  static final int PAGE_SIZE = 20;

  private final Messages messages;

  MessagePageController(Messages messages) {
    this.messages = messages;
  }

  @GetMapping
  String list(
      AccessibleChild child,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(required = false) String aboutKind,
      @RequestParam(required = false) String aboutId,
      Model model) {
    model.addAttribute(FORM, ThreadForm.about(aboutKind, aboutId));
    return listPage(child, page, model);
  }

  @PostMapping
  String start(
      AccessibleChild child,
      @ModelAttribute(FORM) @CheckedText ThreadForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    if (!PageForms.hasRefusedText(binding)) {
      try {
        MessageView sent =
            messages.send(
                child,
                new NewMessage(
                    null,
                    form.subject(),
                    form.text(),
                    PageForms.choice(AboutKind.class, form.aboutKind()),
                    PageForms.id(form.aboutId())));
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("message.banner.started", null));
        return "redirect:" + Messages.page(child.id(), sent.threadId());
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      }
    }
    return listPage(child, 0, model);
  }

  @GetMapping("/{threadId}")
  String thread(AccessibleChild child, @PathVariable String threadId, Model model) {
    model.addAttribute(FORM, ThreadForm.empty());
    return threadPage(child, messages.open(child, NotFound.id(threadId)), model);
  }

  @PostMapping("/{threadId}")
  String reply(
      AccessibleChild child,
      @PathVariable String threadId,
      @ModelAttribute(FORM) @CheckedText ThreadForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    UUID id = NotFound.id(threadId);
    ThreadView thread = messages.open(child, id);
    if (!PageForms.hasRefusedText(binding)) {
      try {
        messages.send(child, new NewMessage(id, null, form.text(), null, null));
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("message.banner.sent", null));
        return "redirect:" + Messages.page(child.id(), id) + "#reply";
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      }
    }
    return threadPage(child, thread, model);
  }

  private String listPage(AccessibleChild child, int page, Model model) {
    Page<ThreadView> threads = messages.threads(child, PageOf.request(page, PAGE_SIZE));
    model.addAttribute("child", child);
    model.addAttribute("threads", threads.getContent());
    model.addAttribute("threadsPage", threads);
    return LIST;
  }

  private String threadPage(AccessibleChild child, ThreadView thread, Model model) {
    model.addAttribute("child", child);
    model.addAttribute("thread", thread);
    return THREAD;
  }
}
