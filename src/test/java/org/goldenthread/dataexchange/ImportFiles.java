package org.goldenthread.dataexchange;

import java.util.concurrent.ThreadLocalRandom;

/** Pupil files for the tests: valid UPNs (with their check letter) and CSV lines. */
final class ImportFiles {

  static final String ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

  private ImportFiles() {}

  /** A valid permanent UPN, different each time. */
  static String upn() {
    StringBuilder rest = new StringBuilder();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 12; i++) {
      rest.append(random.nextInt(10));
    }
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (rest.charAt(i) - '0') * (i + 2);
    }
    return ALPHABET.charAt(sum % 23) + rest.toString();
  }

  /** A CSV of this many pupils on SEN support or none, with valid UPNs. */
  static String csv(int pupils) {
    StringBuilder csv = new StringBuilder(CsvReader.HEADER).append('\n');
    for (int i = 0; i < pupils; i++) {
      csv.append(line(i)).append('\n');
    }
    return csv.toString();
  }

  static String line(int i) {
    return switch (i % 3) {
      case 0 -> upn() + ",Ada" + i + ",Import,,2016-03-0" + (1 + i % 9) + ",4,N,,";
      case 1 -> upn() + ",Ben" + i + ",Import,Benny,02/05/2015,5,K,SPLD,SLCN";
      default -> upn() + ",Cal" + i + ",Import,,2017-09-12,R,E,ASD,";
    };
  }
}
