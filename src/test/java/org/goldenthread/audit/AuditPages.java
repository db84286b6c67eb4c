package org.goldenthread.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Happened;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.Dates;
import org.goldenthread.web.PageLabels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The audit module's web slices: a platform administrator, lines of the trails as the repositories
 * answer them, and pages shown to someone signed in. A slice test adds
 * {@code @Import(AuditPages.Slice.class)}.
 */
final class AuditPages {

  static final CurrentUser ADMIN = TestDoor.person("Ada Admin", Role.PLATFORM_ADMIN);

  /** 23 November 2026 at 9:30am in England (GMT). */
  static final Instant HALF_NINE = Instant.parse("2026-11-23T09:30:00Z");

  private AuditPages() {}

  /**
   * A child the mocked door opens to a teacher at the school: someone who may see the record but
   * not read its trail. The teacher is {@code child.user()}.
   */
  static AccessibleChild taughtBy(ChildAccess access) {
    return TestDoor.opens(
        access,
        TestDoor.person("Tom Teacher", Role.TEACHER),
        "Sarah Bennett",
        Relationship.TEACHER);
  }

  /**
   * One line of a child's trail as lines were kept before V52, in English only: a read at half past
   * nine.
   */
  static ChildAuditEntry read(UUID childId, String actorName, String role, String what) {
    return new ChildAuditEntry(
        childId, HALF_NINE, UUID.randomUUID(), actorName, role, "READ", null, what);
  }

  /**
   * One line of a child's trail, with what happened and its English: a change at half past nine.
   */
  static ChildAuditEntry changed(
      UUID childId, String actorName, String role, Happened happened, String english) {
    return new ChildAuditEntry(
        childId, HALF_NINE, UUID.randomUUID(), actorName, role, "UPDATE", happened, english);
  }

  /** The page of items the repository answers for a request of this page number and size. */
  static <T> Page<T> page(int number, int size, long total, List<T> items) {
    return new PageImpl<>(items, PageRequest.of(number, size), total);
  }

  /** The page at the path as the person sees it; it must answer 200. */
  static Document show(MockMvc mvc, CurrentUser person, String path) throws Exception {
    MvcResult result = mvc.perform(get(path).with(user(person))).andReturn();
    String html = result.getResponse().getContentAsString();
    if (result.getResponse().getStatus() != 200) {
      throw new AssertionError(
          "Expected 200 but was " + result.getResponse().getStatus() + ":\n" + html);
    }
    return Jsoup.parse(html);
  }

  /**
   * What the audit pages use that an MVC slice does not make ({@code #dateWords}, the words of what
   * happened), and method security, which the application's security configuration turns on and the
   * slice does not load.
   */
  @TestConfiguration(proxyBeanMethods = false)
  @EnableMethodSecurity
  @Import({Dates.class, PageLabels.class, HappenedWords.class})
  static class Slice {}
}
