package org.goldenthread.inbox;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.Choice;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageOf;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox page (newest first, unread ones marked, twenty to a page), opening an item (which marks
 * it read and goes to its page), marking them all read, and the page to choose how each kind of
 * item is emailed.
 */
@Controller
class InboxPageController {

  static final String INBOX = "inbox/inbox";
  static final String PREFERENCES = "inbox/preferences";
  static final String FORM = "preferencesForm";
  static final int PAGE_SIZE = 20;

  private final InboxItems inbox;
  private final NotificationPreferences preferences;

  InboxPageController(InboxItems inbox, NotificationPreferences preferences) {
    this.inbox = inbox;
    this.preferences = preferences;
  }

  @GetMapping("/inbox")
  String inbox(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "false") boolean unread,
      Model model) {
    Page<InboxItem> found = inbox.page(user, unread, PageOf.request(page, PAGE_SIZE));
    model.addAttribute("itemsPage", found);
    model.addAttribute("items", found.getContent().stream().map(InboxItem::view).toList());
    model.addAttribute("unreadOnly", unread);
    model.addAttribute("unreadCount", inbox.unreadVisible(user));
    return INBOX;
  }

  @GetMapping("/inbox/{itemId}")
  String open(@AuthenticationPrincipal CurrentUser user, @PathVariable String itemId) {
    InboxItemView item = inbox.markRead(user, id(itemId));
    return "redirect:" + safe(item.link());
  }

  @PostMapping("/inbox/read")
  String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
    inbox.markAllRead(user);
    redirect.addFlashAttribute(PageBanner.ATTRIBUTE, PageBanner.success("inbox.banner.read", null));
    return "redirect:/inbox";
  }

  @GetMapping("/account/notifications")
  String preferences(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute(FORM, PreferencesForm.of(preferences.of(user.id())));
    return preferencesPage(model);
  }

  @PostMapping("/account/notifications")
  String choose(
      @AuthenticationPrincipal CurrentUser user,
      @ModelAttribute(FORM) PreferencesForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    Map<InboxKind, EmailChoice> chosen = form.choices();
    for (InboxKind kind : InboxKind.values()) {
      if (!chosen.containsKey(kind)) {
        binding.rejectValue(kind.field(), "inbox.preferences.error." + kind.field());
      }
    }
    if (binding.hasErrors()) {
      return preferencesPage(model);
    }
    preferences.change(user.id(), chosen);
    redirect.addFlashAttribute(
        PageBanner.ATTRIBUTE, PageBanner.success("inbox.preferences.banner", null));
    return "redirect:/account/notifications";
  }

  private String preferencesPage(Model model) {
    model.addAttribute("kinds", Arrays.stream(InboxKind.values()).map(InboxKind::field).toList());
    model.addAttribute("emailChoices", Choice.ofValues(EmailChoice.values()));
    return PREFERENCES;
  }

  /** A path within the app, never an address elsewhere. */
  static String safe(String link) {
    return link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/inbox";
  }

  private static UUID id(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException notAnId) {
      throw NotFound.error();
    }
  }
}
