package org.goldenthread.child;

import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.ValidationProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The child's own account, for a parent with parental responsibility or the SENCO: whether the
 * child has one, the invitation waiting for them, or a form to invite them by email.
 */
@Controller
class ChildAccountPageController {

  static final String VIEW = "child/account";
  static final String FORM = "childAccountForm";

  private final Children children;
  private final ChildAccounts accounts;

  ChildAccountPageController(Children children, ChildAccounts accounts) {
    this.children = children;
    this.accounts = accounts;
  }

  @GetMapping("/children/{childId}/account")
  String show(AccessibleChild child, Model model) {
    model.addAttribute(FORM, new ChildAccountForm(null));
    return page(child, model);
  }

  @PostMapping("/children/{childId}/account")
  String invite(
      AccessibleChild child,
      @ModelAttribute(FORM) ChildAccountForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    child.require(Permission.INVITE_CHILD);
    try {
      ChildAccountStatus.Pending sent = accounts.invite(child, form.email());
      redirect.addFlashAttribute(
          PageBanner.ATTRIBUTE, PageBanner.success("child.account.banner.invited", sent.email()));
      return "redirect:/children/" + child.id() + "/account";
    } catch (ValidationProblem problem) {
      PageForms.reject(binding, problem);
    } catch (ErrorResponseException e) {
      if (e.getStatusCode() != HttpStatus.CONFLICT) {
        throw e;
      }
      // Someone else invited the child meanwhile: the page now shows where things stand.
      model.addAttribute(
          PageBanner.ATTRIBUTE, PageBanner.important("child.account.banner.alreadyInvited", null));
    }
    return page(child, model);
  }

  private String page(AccessibleChild child, Model model) {
    model.addAttribute("account", accounts.status(child));
    model.addAttribute("childRecord", children.get(child));
    return VIEW;
  }
}
