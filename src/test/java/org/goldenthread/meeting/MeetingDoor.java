package org.goldenthread.meeting;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.goldenthread.action.ActionStatus;
import org.goldenthread.action.ActionView;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.NeedCode;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.SenStatus;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.Dates;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageLabels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The door of a meeting web slice test, in the style of {@link TestDoor}: a mocked {@link
 * MeetingAccess} that opens a meeting to someone, through a child opened to them with the
 * relationships given, or refuses them; meetings as the service shows them; and pages shown and
 * forms posted as that person. A slice test declares {@code @MockitoBean MeetingAccess access}; a
 * page test imports {@link Pages}, the beans the meeting templates use ({@link BookingForm} for the
 * booking form's pages).
 *
 * <pre>{@code
 * CurrentUser senco = TestDoor.person("Sarah Senco", Role.SENCO);
 * AccessibleMeeting review = MeetingDoor.opens(access, senco, Relationship.SENCO);
 * CurrentUser stranger = MeetingDoor.stranger(access);
 * }</pre>
 */
final class MeetingDoor {

  static final String CHILD_NAME = "Maya Jones";

  /** What those who run a meeting may do: change it, prepare and read the preparation. */
  static final MeetingRights RUNS = new MeetingRights(true, true, true);

  /** What someone invited who does not run the meeting may do: prepare and read. */
  static final MeetingRights INVITED = new MeetingRights(false, true, true);

  private MeetingDoor() {}

  /** Makes the mocked door open a new meeting of a new child to the person; answers it. */
  static AccessibleMeeting opens(
      MeetingAccess access, CurrentUser person, Relationship... relationships) {
    AccessibleChild child = TestDoor.child(person, CHILD_NAME, relationships);
    AccessibleMeeting meeting = new AccessibleMeeting(UUID.randomUUID(), child);
    given(access.open(eq(person), eq(meeting.id()))).willReturn(meeting);
    return meeting;
  }

  /** Makes the mocked door refuse the person every meeting: not found. */
  static void refuses(MeetingAccess access, CurrentUser person) {
    given(access.open(eq(person), any())).willThrow(NotFound.error());
  }

  /** Someone signed in whom the mocked door refuses every meeting. */
  static CurrentUser stranger(MeetingAccess access) {
    CurrentUser stranger = TestDoor.person("Sam Stranger", Role.PARENT);
    refuses(access, stranger);
    return stranger;
  }

  /**
   * A SEN support review of the door's meeting as the service shows it, in Room 4, an hour long, at
   * version 3, inviting its organiser and one parent. Opened to one of the family, it is organised
   * by the SENCO and invites that person as the parent; opened to anyone else, they organise it. A
   * held or closed meeting started an hour ago; any other starts in a week.
   */
  static MeetingView meeting(AccessibleMeeting who, MeetingStatus status) {
    return meeting(who, status, Minutes.NONE);
  }

  /** The same, for a new meeting of a child the door opened. */
  static MeetingView meeting(AccessibleChild child, MeetingStatus status) {
    return meeting(new AccessibleMeeting(UUID.randomUUID(), child), status);
  }

  static MeetingView meeting(AccessibleMeeting who, MeetingStatus status, Minutes minutes) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    Instant startsAt =
        status == MeetingStatus.HELD || status == MeetingStatus.CLOSED
            ? now.minus(1, ChronoUnit.HOURS)
            : now.plus(7, ChronoUnit.DAYS);
    CurrentUser person = who.user();
    boolean family = who.child().grant().isFamily();
    InviteeView organiser =
        family
            ? new InviteeView(UUID.randomUUID(), "Sarah Senco", false)
            : new InviteeView(person.id(), person.displayName(), false);
    InviteeView parent =
        family
            ? new InviteeView(person.id(), person.displayName(), true)
            : new InviteeView(UUID.randomUUID(), "Sam Jones", true);
    return new MeetingView(
        who.id(),
        who.child().id(),
        CHILD_NAME,
        MeetingKind.SEN_SUPPORT_REVIEW,
        startsAt,
        startsAt.plus(60, ChronoUnit.MINUTES),
        60,
        "Room 4",
        List.of(organiser.userId(), parent.userId()),
        List.of(organiser, parent),
        List.of("What is going well", "Next steps"),
        organiser.userId(),
        organiser.name(),
        status,
        minutes,
        null,
        null,
        null,
        null,
        status == MeetingStatus.CLOSED ? now : null,
        "meeting-" + who.id() + "@goldenthread",
        0,
        3);
  }

  /** An open action of the meeting, owned by the person given, due in a fortnight, at version 2. */
  static ActionView action(AccessibleMeeting meeting, UUID ownerId, String ownerName) {
    return new ActionView(
        UUID.randomUUID(),
        meeting.id(),
        meeting.child().id(),
        CHILD_NAME,
        "Send home a visual timetable",
        ownerId,
        ownerName,
        LocalDate.now().plusDays(14),
        ActionStatus.OPEN,
        null,
        false,
        2);
  }

  /** The child's record as the child module shows it: Maya Jones in year 7, on SEN support. */
  static ChildSummary record(AccessibleChild child) {
    return new ChildSummary(
        child.id(),
        "Maya",
        "Jones",
        null,
        LocalDate.of(2014, 5, 9),
        null,
        UUID.randomUUID(),
        "Riverside Academy",
        "7",
        SenStatus.K,
        NeedCode.SLCN,
        null,
        List.of("ENG"),
        false,
        null,
        0);
  }

  /** The page at the path as the person sees it; it must answer 200. */
  static Document show(MockMvc mvc, CurrentUser person, String path) throws Exception {
    return page(mvc, get(path).with(user(person)));
  }

  /** The form fields (name, value, name, value…) posted by the person, with the CSRF token. */
  static MockHttpServletRequestBuilder form(CurrentUser person, String path, String... fields) {
    MockHttpServletRequestBuilder request = post(path).with(csrf()).with(user(person));
    for (int i = 0; i < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return request;
  }

  /** Posts the form and parses the page shown again; it must answer 200. */
  static Document submit(MockMvc mvc, CurrentUser person, String path, String... fields)
      throws Exception {
    return page(mvc, form(person, path, fields));
  }

  /**
   * A JSON request to the API by the person. The slice runs Spring Boot's default security rather
   * than the application's (package-private in identity, with the API's bearer tokens and no CSRF),
   * so the request carries a CSRF token as well.
   */
  static MockHttpServletRequestBuilder api(
      CurrentUser person, HttpMethod method, String path, String json) {
    return request(method, path)
        .with(user(person))
        .with(csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(json);
  }

  private static Document page(MockMvc mvc, MockHttpServletRequestBuilder request)
      throws Exception {
    MvcResult result = mvc.perform(request).andReturn();
    String html = result.getResponse().getContentAsString();
    if (result.getResponse().getStatus() != 200) {
      throw new AssertionError(
          "Expected 200 but was " + result.getResponse().getStatus() + ":\n" + html);
    }
    return Jsoup.parse(html);
  }

  /** The beans the meeting templates and pages use that an MVC slice does not make. */
  @TestConfiguration
  @Import({Dates.class, PageLabels.class})
  static class Pages {}

  /**
   * The booking form (for a new meeting and a change) as it is, with the service's own checks of
   * what was typed, and the clock in England; the services behind it are mocked by the test.
   */
  @TestConfiguration
  @Import({Pages.class, MeetingFormPage.class, MeetingInput.class})
  static class BookingForm {

    @Bean
    Clock clock() {
      return Clock.system(ZoneId.of("Europe/London"));
    }
  }
}
