package org.goldenthread.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.ErrorResponseException;

/**
 * The directory module with only what it depends on: an officer adds a service, a parent finds it
 * by an everyday word for its need and may not change it.
 */
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    extraIncludes = {"database"})
@ActiveProfiles("test")
class DirectoryModuleTests {

  static final CurrentUser OFFICER = TestDoor.person("Priya Shah", Role.AUTHORITY_OFFICER);
  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);

  @Autowired Directory directory;

  @Test
  void anOfficerAddsAServiceAParentFindsItByAnEverydayWordAndMayNotChangeIt() {
    String name = "Module Test Hearing Club " + java.util.UUID.randomUUID();
    ServiceView added =
        directory.add(
            OFFICER,
            new ServiceInput(
                name,
                "A club for children with hearing loss.",
                null,
                SupportKind.SUPPORT_GROUP,
                List.of("HI"),
                List.of("ZZ9"),
                List.of("BSL"),
                "0113 496 0998",
                null,
                null,
                null,
                null,
                null,
                true,
                true,
                null));

    assertThat(added.lastCheckedOn()).isEqualTo(directory.today());
    assertThat(
            directory.search(new DirectoryQuery("deaf", null, "ZZ9", "BSL", false), 0, 10).items())
        .extracting(ServiceView::name)
        .contains(name);
    assertThatThrownBy(() -> directory.markChecked(PARENT, added.id(), null))
        .isInstanceOf(ErrorResponseException.class)
        .hasMessageContaining("403");
  }
}
