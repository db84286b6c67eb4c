package org.goldenthread.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.web.DateInput;
import org.goldenthread.web.Dates;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.SummaryRow;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An item's form as rows to read, in the form's own words: what someone wrote beside what is saved
 * now, after an edit conflict. Both are read from a form ({@link ItemForm#of} for what is saved),
 * so that the two read the same way.
 */
@Component
class ItemRows {

  private final MessageSource messages;
  private final Dates dates;

  ItemRows(MessageSource messages, Dates dates) {
    this.messages = messages;
    this.dates = dates;
  }

  /**
   * The rows of a form, for its kind.
   *
   * @param names the short names of the plan's items, to name the links
   */
  List<SummaryRow> rows(ItemForm form, Map<UUID, String> names) {
    Rows rows = new Rows(names);
    if (form instanceof AspirationForm f) {
      rows.add("plan.form.text.ASPIRATIONS", f.text());
      rows.add("plan.form.voice.legend", choice("plan.voice.", f.voice()));
      rows.links("plan.form.needIds.ASPIRATIONS", f.needIds());
    } else if (form instanceof NeedForm f) {
      rows.add("plan.form.text.NEEDS", f.text());
      rows.add("plan.form.area.legend", choice("plan.area.", f.area()));
      rows.links("plan.form.aspirationIds.NEEDS", f.aspirationIds());
      rows.links("plan.form.outcomeIds.NEEDS", f.outcomeIds());
    } else if (form instanceof OutcomeForm f) {
      rows.add("plan.form.text.OUTCOMES", f.text());
      rows.add("plan.form.successCriteria.label", f.successCriteria());
      rows.add("plan.form.targetDate.legend", typed(f.targetDate()));
      rows.add("plan.form.status.legend", choice("plan.status.", f.status()));
      rows.add(
          "plan.form.writtenWithFamily.legend",
          Boolean.TRUE.equals(f.writtenWithFamily()) ? text("plan.page.yes") : "");
      rows.links("plan.form.needIds.OUTCOMES", f.needIds());
      rows.links("plan.form.provisionIds.OUTCOMES", f.provisionIds());
    } else if (form instanceof ProvisionForm f) {
      rows.add("plan.form.description.label", f.description());
      rows.add("plan.form.deliveredByRole.legend", choice("plan.role.", f.deliveredByRole()));
      rows.add("plan.form.deliveredBy.label", f.deliveredBy());
      rows.add("plan.form.sessionsPerWeek.label", f.sessionsPerWeek());
      rows.add("plan.form.minutesPerSession.label", f.minutesPerSession());
      rows.add("plan.form.groupSize.label", f.groupSize());
      rows.add("plan.form.startDate.legend", typed(f.startDate()));
      rows.add("plan.form.endDate.legend", typed(f.endDate()));
      rows.links("plan.form.outcomeIds.PROVISIONS", f.outcomeIds());
    } else {
      StrategyForm f = (StrategyForm) form;
      rows.add("plan.form.text.STRATEGIES", f.text());
      rows.add("plan.form.usedAt.legend", choice("plan.usedAt.", f.usedAt()));
    }
    return rows.list;
  }

  private String choice(String prefix, String value) {
    if (value == null || value.isBlank()) {
      return "";
    }
    return messages.getMessage(prefix + value, null, value, LocaleContextHolder.getLocale());
  }

  private String typed(DateInput date) {
    if (date == null || date.isBlank()) {
      return "";
    }
    return date.toLocalDate()
        .map(dates::date)
        .orElse(
            String.join(
                    " ",
                    Objects.toString(date.day(), ""),
                    Objects.toString(date.month(), ""),
                    Objects.toString(date.year(), ""))
                .strip());
  }

  private String text(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  /** Rows being built; a list of links left out of the form is left out of the rows too. */
  private final class Rows {

    final List<SummaryRow> list = new ArrayList<>();
    final Map<UUID, String> names;

    Rows(Map<UUID, String> names) {
      this.names = names;
    }

    void add(String labelKey, String value) {
      list.add(SummaryRow.of(text(labelKey), value == null ? "" : value));
    }

    void links(String labelKey, List<String> ids) {
      if (ids == null) {
        return;
      }
      String named =
          ids.stream()
              .map(id -> PageForms.id(id) == null ? id : names.getOrDefault(PageForms.id(id), id))
              .collect(Collectors.joining("\n"));
      add(labelKey, named.isEmpty() ? text("plan.page.none") : named);
    }
  }
}
