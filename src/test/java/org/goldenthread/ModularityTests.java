package org.goldenthread;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The capabilities depend on each other only as {@code package-info.java} allows, without cycles;
 * and their documentation (diagrams and module canvases) is written to {@code
 * target/spring-modulith-docs}.
 */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(GoldenThreadApplication.class);

  @Test
  void capabilitiesKeepToTheirAllowedDependencies() {
    modules.verify();
  }

  @Test
  void writesTheModuleDocumentation() {
    new Documenter(modules).writeDocumentation();
  }
}
