package org.goldenthread.dataexchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.support.FreshSchool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The data exchange module with only what it depends on: an import creates each child through the
 * child module, which announces each record created as a change of the child's record.
 */
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    extraIncludes = {"database", "family"})
@ActiveProfiles("test")
class DataExchangeModuleTests {

  @Autowired ApplicationContext context;
  @Autowired PupilImports imports;

  @Test
  void anImportCreatesEachChildThroughTheChildModule(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    String upn = ImportFiles.upn();
    byte[] csv =
        (CsvReader.HEADER + "\n" + upn + ",Ada,Module,,2016-03-01,4,K,SPLD,\n")
            .getBytes(StandardCharsets.UTF_8);

    scenario
        .stimulate(
            () ->
                imports.run(school.senco(), school.id(), imports.read(false, csv), false, n -> {}))
        .andWaitForEventOfType(ChildRecordChanged.class)
        .matching(changed -> changed.action() == ChildRecordChanged.Action.CREATE)
        .toArriveAndVerify(
            (changed, result) -> {
              assertThat(result.answer().created()).isEqualTo(1);
              assertThat(result.answer().errors()).isEmpty();
              assertThat(changed.actorId()).isEqualTo(school.senco().id());
            });
  }
}
