package org.goldenthread;

import java.util.List;

/** The {@code prod} profile was started without settings it cannot do without. */
class MissingProductionSettings extends RuntimeException {

  private final List<String> missing;

  MissingProductionSettings(List<String> missing) {
    super("Golden Thread will not start in production without: " + String.join("; ", missing));
    this.missing = List.copyOf(missing);
  }

  List<String> missing() {
    return missing;
  }
}
