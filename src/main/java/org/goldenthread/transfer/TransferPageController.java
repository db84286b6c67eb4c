package org.goldenthread.transfer;

import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordRead;
import org.goldenthread.child.ConsentStatus;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TeamMemberView;
import org.goldenthread.child.Teams;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.Choice;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a move: the SENCO's proposal (a school from the directory and a date), the move's
 * own page (its state and warnings; the family's answer with what it means; cancelling; booking the
 * transition meeting once agreed), and the copy the school left behind keeps.
 */
@Controller
class TransferPageController {

  static final String NEW = "transfer/new";
  static final String TRANSFER = "transfer/transfer";
  static final String COPY = "transfer/copy";
  static final String FORM = "proposalForm";
  static final String ANSWER_FORM = "answerForm";

  private final Transfers transfers;
  private final TransferReads reads;
  private final Teams teams;
  private final CopySections sections;
  private final ApplicationEventPublisher events;

  TransferPageController(
      Transfers transfers,
      TransferReads reads,
      Teams teams,
      CopySections sections,
      ApplicationEventPublisher events) {
    this.transfers = transfers;
    this.reads = reads;
    this.teams = teams;
    this.sections = sections;
    this.events = events;
  }

  @GetMapping("/children/{childId}/transfers/new")
  String form(AccessibleChild child, Model model) {
    requirePropose(child);
    model.addAttribute(FORM, ProposalForm.empty());
    return newPage(child, model);
  }

  @PostMapping("/children/{childId}/transfers")
  String propose(
      AccessibleChild child,
      @ModelAttribute(FORM) @CheckedText ProposalForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    requirePropose(child);
    PageForms.rejectUnreadableDate(
        binding, "movesOn", form.movesOn(), "transfer.error.movesOn.real");
    if (!binding.hasErrors()) {
      try {
        TransferView proposed = transfers.propose(child, form.proposal());
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("transfer.banner.proposed", null));
        return "redirect:/transfers/" + proposed.id();
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (ErrorResponseException refused) {
        if (refused.getStatusCode() != HttpStatus.CONFLICT) {
          throw refused;
        }
        binding.reject("transfer.error.alreadyOpen");
      }
    }
    return newPage(child, model);
  }

  @GetMapping("/transfers/{transferId}")
  String show(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String transferId, Model model) {
    TransferView transfer = reads.get(user, NotFound.id(transferId));
    model.addAttribute(ANSWER_FORM, AnswerForm.empty(transfer.version()));
    return transferPage(user, transfer, model);
  }

  @PostMapping("/transfers/{transferId}/agreement")
  String answer(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String transferId,
      @ModelAttribute(ANSWER_FORM) AnswerForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    UUID id = NotFound.id(transferId);
    long version = PageForms.requireVersion(form.version(), binding);
    Boolean agreed = PageForms.yesNo(form.agreed());
    if (agreed == null) {
      binding.rejectValue("agreed", "transfer.error.agreed");
    } else {
      try {
        transfers.answer(user, id, agreed, version);
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE,
            PageBanner.success(
                agreed ? "transfer.banner.agreed" : "transfer.banner.declined", null));
        return "redirect:/transfers/" + id;
      } catch (ErrorResponseException refused) {
        if (refused.getStatusCode() != HttpStatus.CONFLICT) {
          throw refused;
        }
        binding.reject("transfer.error.answered");
      }
    }
    return transferPage(user, reads.get(user, id), model);
  }

  @PostMapping("/transfers/{transferId}/cancellation")
  String cancel(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String transferId,
      @ModelAttribute(ANSWER_FORM) AnswerForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    UUID id = NotFound.id(transferId);
    long version = PageForms.requireVersion(form.version(), binding);
    try {
      transfers.cancel(user, id, version);
      redirect.addFlashAttribute(
          PageBanner.ATTRIBUTE, PageBanner.success("transfer.banner.cancelled", null));
      return "redirect:/transfers/" + id;
    } catch (ErrorResponseException refused) {
      if (refused.getStatusCode() != HttpStatus.CONFLICT) {
        throw refused;
      }
      binding.reject("transfer.error.answered");
    }
    return transferPage(user, reads.get(user, id), model);
  }

  @GetMapping("/transfers/{transferId}/copy")
  String copy(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String transferId, Model model) {
    TransferReads.KeptCopy copy = reads.copy(user, NotFound.id(transferId));
    // The copy is the child's record still: the family sees who looked at it in the audit trail.
    events.publishEvent(
        new ChildRecordRead(
            copy.transfer().childId(),
            user.id(),
            user.displayName(),
            Relationship.SENCO,
            "audit.part.transfer-copy"));
    model.addAttribute("transfer", copy.transfer());
    model.addAttribute("sections", sections.of(copy.json()));
    model.addAttribute("exportedAt", sections.exportedAt(copy.json()));
    return COPY;
  }

  private static void requirePropose(AccessibleChild child) {
    if (!Transfers.mayPropose(child)) {
      throw ChildAccess.forbidden();
    }
  }

  private String newPage(AccessibleChild child, Model model) {
    List<SchoolSummary> schools = transfers.destinations(child);
    model.addAttribute("child", child);
    model.addAttribute(
        "schoolChoices",
        schools.stream().map(s -> Choice.of(s.id().toString(), s.name())).toList());
    return NEW;
  }

  private String transferPage(CurrentUser user, TransferView transfer, Model model) {
    AccessibleChild child = reads.childFor(user, transfer);
    boolean family = child != null && Transfers.mayAnswer(child);
    model.addAttribute("transfer", transfer);
    model.addAttribute("child", child);
    model.addAttribute("mayAnswer", family && transfer.status() == TransferStatus.PROPOSED);
    model.addAttribute("mayCancel", child != null && Transfers.mayCancel(child, transfer));
    model.addAttribute(
        "mayBook",
        child != null
            && transfer.status() == TransferStatus.AGREED
            && !Transfers.mayAnswer(child)
            && !child.grant().isFamily());
    model.addAttribute("keepsCopy", reads.keepsCopy(user, transfer));
    model.addAttribute(
        "consentToRenew",
        family && transfer.status() == TransferStatus.COMPLETED
            ? teams.current(child).stream()
                .filter(m -> m.role().needsConsent() && m.consent() == ConsentStatus.PENDING)
                .map(TeamMemberView::name)
                .toList()
            : List.of());
    model.addAttribute("answerChoices", Choice.ofValues("true", "false"));
    return TRANSFER;
  }
}
