package org.goldenthread.dataexchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.NeedCode;
import org.goldenthread.child.SchoolRoll.Pupil;
import org.goldenthread.child.SenStatus;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Reading pupil files (CSV and CTF) and the census rules and cells, without the app. */
class PupilFileTests {

  private static PupilFile read(String text) {
    return PupilFile.read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void csvLinesAreNumberedFromTheHeaderAndQuotedFieldsKeepTheirCommas() {
    PupilFile file =
        read(
            "\uFEFF"
                + CsvReader.HEADER
                + "\r\n"
                + "A801200001004,\"Isla, Jane\",Ashdown,Izzy,2018-04-11,3,k,slcn,SEMH\r\n"
                + "\r\n"
                + "P801200001005,Tobenna,Okafor,,23/11/2015,-1,E,ASD,\r\n");

    assertThat(file.format()).isEqualTo(PupilFile.Format.CSV);
    assertThat(file.problems()).isEmpty();
    assertThat(file.pupils())
        .containsExactly(
            new Pupil(
                2,
                "A801200001004",
                "Isla, Jane",
                "Ashdown",
                "Izzy",
                LocalDate.of(2018, 4, 11),
                "3",
                SenStatus.K,
                NeedCode.SLCN,
                NeedCode.SEMH),
            new Pupil(
                4,
                "P801200001005",
                "Tobenna",
                "Okafor",
                null,
                LocalDate.of(2015, 11, 23),
                "N2",
                SenStatus.E,
                NeedCode.ASD,
                null));
  }

  @Test
  void theCtfSampleGivesItsPupilsTheirSenPartAndCountsContacts() throws IOException {
    PupilFile file =
        PupilFile.read(
            new ClassPathResource("dataexchange/sample-ctf.xml").getContentAsByteArray());

    assertThat(file.format()).isEqualTo(PupilFile.Format.CTF);
    assertThat(file.problems()).isEmpty();
    assertThat(file.contactCount()).isEqualTo(3);
    assertThat(file.pupils()).hasSize(3);
    Pupil isla = file.pupils().get(0);
    assertThat(isla.upn()).isEqualTo("A801200001004");
    assertThat(isla.givenName()).isEqualTo("Isla");
    assertThat(isla.preferredName()).isEqualTo("Izzy");
    assertThat(isla.senStatus()).isEqualTo(SenStatus.K);
    assertThat(isla.primaryNeed()).isEqualTo(NeedCode.SLCN);
    assertThat(isla.secondaryNeed()).isEqualTo(NeedCode.SEMH);
    assertThat(file.pupils().get(2).senStatus()).isEqualTo(SenStatus.N);
    assertThat(file.pupils().get(2).yearGroup()).isEqualTo("R");
  }

  @Test
  void theDemoCtfOnThePageReadsToo() throws IOException {
    PupilFile file =
        PupilFile.read(
            new ClassPathResource("static/assets/import/sample-ctf.xml").getContentAsByteArray());
    assertThat(file.pupils()).hasSize(3);
    assertThat(file.problems()).isEmpty();
    PupilFile csv =
        PupilFile.read(
            new ClassPathResource("static/assets/import/sample-pupils.csv")
                .getContentAsByteArray());
    assertThat(csv.pupils()).hasSize(6);
    assertThat(csv.problems()).isEmpty();
  }

  @Test
  void aDoctypeIsRefusedBeforeAnyEntity() {
    assertThatThrownBy(
            () ->
                read(
                    "<?xml version=\"1.0\"?><!DOCTYPE CTfile [<!ENTITY a \"b\">]><CTfile>&a;</CTfile>"))
        .isInstanceOf(FileRefused.class)
        .extracting(e -> ((FileRefused) e).key())
        .isEqualTo("import.error.xml.doctype");
  }

  @Test
  void xmlThatIsNotACtfIsRefused() {
    assertThatThrownBy(() -> read("<html><body/></html>"))
        .extracting(e -> ((FileRefused) e).key())
        .isEqualTo("import.error.xml.notCtf");
  }

  @Test
  void theCensusRulesNameWhatIsWrong() {
    assertThat(Census.problems(child(null, SenStatus.K, null, NeedCode.SPLD)))
        .containsExactly("census.problem.upn.missing", "census.problem.secondary.withoutPrimary");
    assertThat(Census.problems(child("A801200001005", SenStatus.E, NeedCode.NSA, null)))
        .containsExactly("census.problem.upn.invalid", "census.problem.nsa.withPlan");
    assertThat(Census.problems(child("A801200001004", SenStatus.K, NeedCode.ASD, null))).isEmpty();
    assertThat(Census.problems(child("A801200001004", SenStatus.E, null, null)))
        .containsExactly("census.problem.primary.missing");
  }

  private static ChildSummary child(
      String upn, SenStatus status, NeedCode primary, NeedCode secondary) {
    return new ChildSummary(
        UUID.randomUUID(),
        "Sam",
        "Doe",
        null,
        LocalDate.of(2015, 1, 1),
        upn,
        UUID.randomUUID(),
        null,
        "5",
        status,
        primary,
        secondary,
        List.of(),
        false,
        null,
        0);
  }
}
