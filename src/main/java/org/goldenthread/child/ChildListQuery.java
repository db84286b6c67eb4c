package org.goldenthread.child;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/**
 * A list of children as the database answers it: those a person may see ({@link
 * ChildAccess.Visibility}), narrowed by the list's filters ({@link ChildFilter}), by family name
 * then given name, so that it can be paged and counted where the rows are.
 */
final class ChildListQuery {

  private ChildListQuery() {}

  static Specification<Child> of(ChildAccess.Visibility visibility, ChildFilter filter) {
    return of(visibility, filter, Set.of());
  }

  /**
   * The same, where the search also finds the children of the schools whose names it matches
   * ({@code schoolsNamed}: an officer types "Riverside" rather than scroll through every school).
   */
  static Specification<Child> of(
      ChildAccess.Visibility visibility, ChildFilter filter, Set<UUID> schoolsNamed) {
    return (root, query, cb) -> {
      if (query != null && !Long.class.equals(query.getResultType())) {
        query.orderBy(
            cb.asc(cb.lower(root.get("familyName"))),
            cb.asc(cb.lower(root.get("givenName"))),
            cb.asc(root.get("id")));
      }
      List<Predicate> all = new ArrayList<>();
      all.add(visible(visibility, root, cb));
      if (filter != null) {
        all.addAll(filtered(filter, schoolsNamed, root, cb));
      }
      return cb.and(all.toArray(Predicate[]::new));
    };
  }

  private static Predicate visible(
      ChildAccess.Visibility visibility, Root<Child> root, CriteriaBuilder cb) {
    List<Predicate> ways = new ArrayList<>();
    if (!visibility.schools().isEmpty()) {
      ways.add(root.get("schoolId").in(visibility.schools()));
    }
    if (!visibility.individually().isEmpty()) {
      ways.add(root.get("id").in(visibility.individually()));
    }
    Predicate some = cb.or(ways.toArray(Predicate[]::new));
    return visibility.hidden().isEmpty()
        ? some
        : cb.and(some, cb.not(root.get("id").in(visibility.hidden())));
  }

  private static List<Predicate> filtered(
      ChildFilter filter, Set<UUID> schoolsNamed, Root<Child> root, CriteriaBuilder cb) {
    List<Predicate> found = new ArrayList<>();
    if (!blank(filter.year())) {
      found.add(
          cb.equal(
              cb.lower(root.get("yearGroup")), filter.year().strip().toLowerCase(Locale.ROOT)));
    }
    if (!blank(filter.status())) {
      found.add(
          enumValue(SenStatus.class, filter.status())
              .map(status -> cb.equal(root.get("senStatus"), status))
              .orElse(cb.disjunction()));
    }
    if (!blank(filter.need())) {
      found.add(
          enumValue(NeedCode.class, filter.need())
              .map(
                  need ->
                      cb.or(
                          cb.equal(root.get("primaryNeed"), need),
                          cb.equal(root.get("secondaryNeed"), need)))
              .orElse(cb.disjunction()));
    }
    if (!blank(filter.school())) {
      found.add(
          uuid(filter.school())
              .map(school -> cb.equal(root.get("schoolId"), school))
              .orElse(cb.disjunction()));
    }
    if (!blank(filter.search())) {
      found.add(search(filter.search(), schoolsNamed, root, cb));
    }
    return found;
  }

  /**
   * A name, part of a name (given, family, preferred, or as shown), part of a UPN, or the name of
   * the child's school.
   */
  private static Predicate search(
      String search, Set<UUID> schoolsNamed, Root<Child> root, CriteriaBuilder cb) {
    String pattern = "%" + escaped(search.strip().toLowerCase(Locale.UK)) + "%";
    Expression<String> given = root.get("givenName");
    Expression<String> family = root.get("familyName");
    Expression<String> preferred = root.get("preferredName");
    Expression<String> shownFirst = cb.coalesce(preferred, given);
    List<Predicate> ways = new ArrayList<>();
    for (Expression<String> words :
        List.of(
            given,
            family,
            preferred,
            cb.concat(cb.concat(given, " "), family),
            cb.concat(cb.concat(shownFirst, " "), family))) {
      ways.add(cb.like(cb.lower(words), pattern, '\\'));
    }
    if (!schoolsNamed.isEmpty()) {
      ways.add(root.get("schoolId").in(schoolsNamed));
    }
    String upn = Upn.normalise(search);
    if (upn != null && !upn.isEmpty()) {
      ways.add(cb.like(root.get("upn"), "%" + escaped(upn) + "%", '\\'));
    }
    return cb.or(ways.toArray(Predicate[]::new));
  }

  private static String escaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static <E extends Enum<E>> java.util.Optional<E> enumValue(Class<E> type, String value) {
    try {
      return java.util.Optional.of(Enum.valueOf(type, value.strip()));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  private static java.util.Optional<UUID> uuid(String value) {
    try {
      return java.util.Optional.of(UUID.fromString(value.strip()));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
