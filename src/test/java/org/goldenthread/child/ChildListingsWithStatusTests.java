package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * The children of some SEN statuses that a person may see, as the panels and deadlines list them:
 * the same children, in the same order, as the children list's own query with that status; support
 * and plans read together, and a year group's taken from them; and every child with a plan in some
 * year groups, for the job that writes about a move to a new phase.
 */
@IntegrationTest
@Transactional
class ChildListingsWithStatusTests {

  @Autowired ApplicationContext context;
  @Autowired ChildRepository children;
  @Autowired Children service;

  @Test
  void theSchoolsChildrenAndThoseSeenOneByOneLessTheHiddenOfTheStatusByName() {
    FreshSchool school = FreshSchool.open(context);
    FreshSchool elsewhere = FreshSchool.open(context);
    Pupils pupils = new Pupils(context, school);
    Pupils otherPupils = new Pupils(context, elsewhere);
    var zara = pupils.pupil("Zara", "Young").inYear("11").status(SenStatus.E, NeedCode.SLCN).add();
    var adam = pupils.pupil("Adam", "Abbott").inYear("7").status(SenStatus.E, NeedCode.SLCN).add();
    var hidden =
        pupils.pupil("Hana", "Hidden").inYear("11").status(SenStatus.E, NeedCode.SLCN).add();
    pupils.pupil("Sam", "Support").inYear("11").status(SenStatus.K, NeedCode.SLCN).add();
    var seenOnce =
        otherPupils.pupil("Omar", "Other").inYear("6").status(SenStatus.E, NeedCode.SLCN).add();
    otherPupils.pupil("Nina", "Notseen").inYear("6").status(SenStatus.E, NeedCode.SLCN).add();
    var visibility =
        new ChildAccess.Visibility(Set.of(school.id()), Set.of(seenOnce.id()), Set.of(hidden.id()));

    List<ChildListing> withPlans =
        children.listingsWithStatus(visibility, SenStatus.E).stream()
            .map(ChildWithStatus::listing)
            .toList();

    assertThat(withPlans)
        .extracting(ChildListing::displayName)
        .containsExactly("Adam Abbott", "Omar Other", "Zara Young");
    assertThat(withPlans)
        .isEqualTo(
            children
                .findAll(
                    ChildListQuery.of(
                        visibility, new ChildFilter(null, SenStatus.E.name(), null, null, null)))
                .stream()
                .map(Child::listing)
                .toList());
    assertThat(children.listingsOnTheRegister(visibility))
        .extracting(c -> c.listing().displayName(), ChildWithStatus::status)
        .containsExactly(
            tuple("Adam Abbott", SenStatus.E),
            tuple("Omar Other", SenStatus.E),
            tuple("Sam Support", SenStatus.K),
            tuple("Zara Young", SenStatus.E));
    assertThat(service.visibleWithStatusIn(school.senco(), SenStatus.E, List.of("11", "6")))
        .extracting(ChildListing::id)
        .containsExactly(hidden.id(), zara.id());
    assertThat(service.visibleWithStatus(school.senco(), SenStatus.K))
        .extracting(ChildListing::displayName)
        .containsExactly("Sam Support");
    assertThat(service.visibleWithStatus(school.senco(), SenStatus.N)).isEmpty();
    assertThat(service.visibleWithStatusIn(school.senco(), SenStatus.E, List.of())).isEmpty();
    assertThat(service.allWithPlansIn(List.of("11", "6")))
        .as("the job's children with plans in those years, whoever may see them")
        .extracting(ChildListing::displayName)
        .contains("Hana Hidden", "Nina Notseen", "Omar Other", "Zara Young")
        .doesNotContain("Adam Abbott", "Sam Support");
    assertThat(withPlans.get(0))
        .isEqualTo(new ChildListing(adam.id(), "Adam Abbott", "7", school.id()));
  }
}
