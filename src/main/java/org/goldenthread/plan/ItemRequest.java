package org.goldenthread.plan;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.web.Parse;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;

/**
 * A plan item as the API receives it: the fields of every kind (each kind reads its own), as text
 * so that a value that does not read is a field error, not an unreadable request.
 */
@Schema(
    name = "PlanItemRequest",
    description =
        "A plan item to add or change: the fields of its kind (api.md, \"The plan\"); values are"
            + " read field by field, so every field that does not read is named in one 400")
record ItemRequest(
    String text,
    @Schema(implementation = Voice.class) String voice,
    @Schema(implementation = AreaOfNeed.class) String area,
    String successCriteria,
    @Schema(type = "string", format = "date") String targetDate,
    @Schema(implementation = OutcomeStatus.class) String status,
    Boolean writtenWithFamily,
    String description,
    String deliveredBy,
    @Schema(implementation = DelivererRole.class) String deliveredByRole,
    @Schema(implementation = Integer.class) String sessionsPerWeek,
    @Schema(implementation = Integer.class) String minutesPerSession,
    @Schema(implementation = Integer.class) String groupSize,
    @Schema(type = "string", format = "date") String startDate,
    @Schema(type = "string", format = "date") String endDate,
    @Schema(implementation = UsedAt.class) String usedAt,
    @ArraySchema(schema = @Schema(type = "string", format = "uuid")) List<String> aspirationIds,
    @ArraySchema(schema = @Schema(type = "string", format = "uuid")) List<String> needIds,
    @ArraySchema(schema = @Schema(type = "string", format = "uuid")) List<String> outcomeIds,
    @ArraySchema(schema = @Schema(type = "string", format = "uuid")) List<String> provisionIds,
    Long version) {

  /** What was sent for this kind of item. */
  ItemInput input(PlanItemKind kind) {
    Fields fields = new Fields();
    ItemInput input =
        switch (kind) {
          case ASPIRATIONS ->
              new ItemInput.Aspiration(
                  text,
                  fields.parse.choice("voice", voice, Voice.class),
                  fields.ids("needIds", needIds));
          case NEEDS ->
              new ItemInput.Need(
                  text,
                  fields.parse.choice("area", area, AreaOfNeed.class),
                  fields.ids("aspirationIds", aspirationIds),
                  fields.ids("outcomeIds", outcomeIds));
          case OUTCOMES ->
              new ItemInput.Outcome(
                  text,
                  successCriteria,
                  fields.parse.date("targetDate", targetDate),
                  fields.parse.choice("status", status, OutcomeStatus.class),
                  writtenWithFamily,
                  fields.ids("needIds", needIds),
                  fields.ids("provisionIds", provisionIds));
          case PROVISIONS ->
              new ItemInput.Provision(
                  description,
                  fields.parse.choice("deliveredByRole", deliveredByRole, DelivererRole.class),
                  deliveredBy,
                  fields.whole("sessionsPerWeek", sessionsPerWeek),
                  fields.whole("minutesPerSession", minutesPerSession),
                  fields.whole("groupSize", groupSize),
                  fields.parse.date("startDate", startDate),
                  fields.parse.date("endDate", endDate),
                  fields.ids("outcomeIds", outcomeIds));
          case STRATEGIES ->
              new ItemInput.Strategy(text, fields.parse.choice("usedAt", usedAt, UsedAt.class));
        };
    fields.done();
    return input;
  }

  /** {@link Parse}, with whole numbers and lists of ids. */
  private static final class Fields {

    final Parse parse = new Parse();
    final List<FieldMessage> problems = new ArrayList<>();

    Integer whole(String field, String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return Integer.valueOf(value.strip());
      } catch (NumberFormatException e) {
        problems.add(new FieldMessage(field, "plan.error.wholeNumber"));
        return null;
      }
    }

    List<UUID> ids(String field, List<String> values) {
      if (values == null) {
        return null;
      }
      List<UUID> ids = new ArrayList<>();
      for (String value : values) {
        UUID id = parse.id(field, value);
        if (id != null) {
          ids.add(id);
        }
      }
      return ids;
    }

    void done() {
      List<FieldMessage> all = new ArrayList<>();
      try {
        parse.done();
      } catch (ValidationProblem problem) {
        all.addAll(problem.errors());
      }
      all.addAll(problems);
      if (!all.isEmpty()) {
        throw new ValidationProblem(all);
      }
    }
  }
}
