package org.goldenthread.deadline;

import org.goldenthread.plan.Slices;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * What a web slice of the calculator needs besides its controller: the real rules and wording, and
 * the pages' beans and clock (23 November 2026), and the checks on a controller's role; the bank
 * holidays come from a mocked table.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({Slices.Pages.class, RightsCalculator.class, DeadlineWording.class, DeadlineCalendar.class})
@EnableMethodSecurity
class CalculatorSlice {}
