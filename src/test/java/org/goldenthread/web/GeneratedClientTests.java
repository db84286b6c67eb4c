package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.goldenthread.IntegrationTest;
import org.goldenthread.client.ApiClient;
import org.goldenthread.client.ApiException;
import org.goldenthread.client.api.ChildrenApi;
import org.goldenthread.client.api.FamilyApi;
import org.goldenthread.client.api.MeetingsApi;
import org.goldenthread.client.api.PlanApi;
import org.goldenthread.client.api.SigningInApi;
import org.goldenthread.client.model.FamilyMemberRequest;
import org.goldenthread.client.model.FamilyMemberView;
import org.goldenthread.client.model.MeetingRequest;
import org.goldenthread.client.model.MeetingView;
import org.goldenthread.client.model.PageOfChildJson;
import org.goldenthread.client.model.PlanItem;
import org.goldenthread.client.model.PlanItemRequest;
import org.goldenthread.client.model.PlanView;
import org.goldenthread.client.model.ProvisionView;
import org.goldenthread.client.model.TokenRequest;
import org.goldenthread.client.model.TokenResponse;
import org.goldenthread.plan.PlanFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Issue 19's "Done when": the Java client that the build generates from the committed OpenAPI
 * document (openapi-generator, library native) works against the running app: it signs in, lists
 * children, reads the plan, adds a family member, creates a meeting and downloads its calendar
 * file.
 */
@IntegrationTest
class GeneratedClientTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Test
  void theGeneratedClientSignsInAndWorksWithAChildsRecord() throws Exception {
    PlanFixtures.Fresh child = new PlanFixtures(context).child();
    ApiClient client = new ApiClient();
    client.updateBaseUri("http://localhost:" + port);

    TokenResponse token =
        new SigningInApi(client)
            .createToken(
                new TokenRequest()
                    .email(PlanFixtures.SENCO)
                    .password(org.goldenthread.support.ApiClient.DEMO_PASSWORD));
    assertThat(token.getToken()).isNotBlank();
    assertThat(token.getExpiresAt()).isAfter(OffsetDateTime.now());
    client.setRequestInterceptor(
        request -> request.header("Authorization", "Bearer " + token.getToken()));

    PageOfChildJson children = new ChildrenApi(client).listChildren(0, 200);
    assertThat(children.getItems()).isNotEmpty();
    assertThat(children.getTotal()).isPositive();
    assertThat(children.getItems().get(0).getId()).isNotNull();

    PlanView plan = new PlanApi(client).getPlan(child.id());
    assertThat(plan.getChildId()).isEqualTo(child.id());

    PlanItem added =
        new PlanApi(client)
            .addPlanItem(
                child.id(),
                "provisions",
                new PlanItemRequest()
                    .description("Lego therapy")
                    .sessionsPerWeek(1)
                    .minutesPerSession(45));
    ProvisionView provision = added.getProvisionView();
    assertThat(provision.getDescription()).isEqualTo("Lego therapy");
    assertThat(provision.getCostStatus())
        .as("saved without saying who delivers it")
        .isEqualTo(ProvisionView.CostStatusEnum.WHO_DELIVERS_NOT_SAID);

    FamilyMemberView member =
        new FamilyApi(client)
            .addFamilyMember(
                child.id(),
                new FamilyMemberRequest()
                    .name("Anna Kowalska")
                    .email("anna.kowalska@example.org")
                    .relationship(FamilyMemberRequest.RelationshipEnum.GRANDPARENT)
                    .parentalResponsibility(false));
    assertThat(member.getId()).isNotNull();
    assertThat(member.getName()).isEqualTo("Anna Kowalska");

    MeetingsApi meetings = new MeetingsApi(client);
    MeetingView meeting =
        meetings.createMeeting(
            child.id(),
            new MeetingRequest()
                .kind(MeetingRequest.KindEnum.TEAM_MEETING)
                .startsAt(
                    OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).truncatedTo(ChronoUnit.MINUTES))
                .durationMinutes(45)
                .location("The library"));
    assertThat(meeting.getId()).isNotNull();
    File calendar = meetings.getMeetingCalendar(meeting.getId());
    assertThat(Files.readString(calendar.toPath())).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT");

    assertThatThrownBy(() -> new PlanApi(client).getPlan(java.util.UUID.randomUUID()))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo(404);
              assertThat(e.getResponseBody()).contains("\"status\":404");
            });
  }
}
