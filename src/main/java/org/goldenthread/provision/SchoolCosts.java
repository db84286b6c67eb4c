package org.goldenthread.provision;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import org.goldenthread.plan.DelivererRole;

/**
 * What an hour of each role's time costs a school, as its staff see and set it. {@code version}
 * identifies the rates as read: it changes whenever any rate changes, so that two people setting
 * them at once do not overwrite each other unseen.
 */
public record SchoolCosts(UUID schoolId, String schoolName, List<Rate> rates, long version) {

  /**
   * One role's cost of an hour in pounds: what the school set ({@code schoolSet}) or else the
   * default; {@code perHour} is null when neither exists.
   */
  public record Rate(
      DelivererRole role, BigDecimal perHour, BigDecimal standard, boolean schoolSet) {

    /** The name of the rate's box in forms and of its field in problems. */
    public String field() {
      return CostRates.field(role);
    }
  }

  static SchoolCosts of(UUID schoolId, String schoolName, CostRateTable table) {
    List<Rate> rates =
        Arrays.stream(DelivererRole.values())
            .map(
                role -> {
                  Integer set = table.pencePerHour(role);
                  Integer standard = CostRates.DEFAULT_PENCE_PER_HOUR.get(role);
                  return new Rate(
                      role, pounds(set), pounds(standard), set != null && !set.equals(standard));
                })
            .toList();
    return new SchoolCosts(schoolId, schoolName, rates, versionOf(table));
  }

  /** The rate of one role. */
  public Rate rate(DelivererRole role) {
    return rates.stream().filter(rate -> rate.role() == role).findFirst().orElseThrow();
  }

  static long versionOf(CostRateTable table) {
    CRC32 crc = new CRC32();
    String rates =
        Arrays.stream(DelivererRole.values())
            .map(role -> role + "=" + table.pencePerHour(role))
            .collect(Collectors.joining(";"));
    crc.update(rates.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return crc.getValue();
  }

  private static BigDecimal pounds(Integer pence) {
    return pence == null ? null : BigDecimal.valueOf(pence, 2);
  }
}
