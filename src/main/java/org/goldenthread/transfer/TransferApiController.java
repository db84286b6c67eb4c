package org.goldenthread.transfer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Moves to another school through the API (issue 20's shapes). */
@RestController
@Tag(name = "Moving school")
class TransferApiController {

  private final Transfers transfers;
  private final TransferReads reads;

  TransferApiController(Transfers transfers, TransferReads reads) {
    this.transfers = transfers;
    this.reads = reads;
  }

  @GetMapping("/api/v1/children/{childId}/transfers")
  @Operation(
      operationId = "listTransfers",
      summary =
          "The child's moves to another school, newest first, a page at a time, for anyone who"
              + " may see the child")
  PageOf<TransferView> list(
      AccessibleChild child,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return PageOf.of(reads.forChild(child), page, size);
  }

  @PostMapping("/api/v1/children/{childId}/transfers")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "proposeTransfer",
      summary =
          "Propose a move to another school (the child's SENCO, or an officer of the child's"
              + " authority; 403 for anyone else who may see the child): toSchoolId (a school of"
              + " the directory other than the child's own: a move within a school is not a"
              + " transfer) and movesOn (from a year ago to two years ahead). A phase or year group"
              + " that may not fit is answered in warnings, never refused. The family is asked to"
              + " agree. 409 while another move is PROPOSED or AGREED")
  TransferView propose(AccessibleChild child, @RequestBody ProposalBodyIn body) {
    return transfers.propose(child, new Transfers.Proposal(body.toSchoolId(), body.movesOn()));
  }

  @GetMapping("/api/v1/transfers/{transferId}")
  @Operation(
      operationId = "getTransfer",
      summary =
          "One move, for anyone who may see the child, and for the SENCOs of the school the child"
              + " left once it is COMPLETED")
  TransferView get(@AuthenticationPrincipal CurrentUser user, @PathVariable String transferId) {
    return reads.get(user, NotFound.id(transferId));
  }

  @PostMapping("/api/v1/transfers/{transferId}/agreement")
  @Operation(
      operationId = "answerTransfer",
      summary =
          "The family's answer (a parent with parental responsibility, or the young person from"
              + " 16; 403 for anyone else): agreed (true or false; needed) and optionally version."
              + " On agreement the receiving school's SENCOs see the record and join the team; a"
              + " move dated today or earlier completes at once (status COMPLETED). 409 once"
              + " answered: of two answers at once, one wins")
  TransferView answer(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String transferId,
      @RequestBody AnswerBodyIn body) {
    return transfers.answer(user, NotFound.id(transferId), body.agreed(), body.version());
  }

  @PostMapping("/api/v1/transfers/{transferId}/cancellation")
  @Operation(
      operationId = "cancelTransfer",
      summary =
          "Cancel a move while PROPOSED or AGREED (the SENCO of the child's school or an officer"
              + " of its authority): optionally version. 409 once it has ended")
  TransferView cancel(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String transferId,
      @RequestBody(required = false) CancelBodyIn body) {
    return transfers.cancel(user, NotFound.id(transferId), body == null ? null : body.version());
  }

  /** A proposal as the API receives it. */
  @Schema(name = "TransferInput")
  record ProposalBodyIn(UUID toSchoolId, LocalDate movesOn) {}

  /** The family's answer as the API receives it. */
  @Schema(name = "TransferAnswer")
  record AnswerBodyIn(Boolean agreed, Long version) {}

  /** A cancellation as the API receives it. */
  @Schema(name = "TransferCancellation")
  record CancelBodyIn(Long version) {}
}
