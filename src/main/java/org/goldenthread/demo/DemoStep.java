package org.goldenthread.demo;

/**
 * One part of the demo data. Each looks up what it would add before adding it, so that loading it
 * again adds nothing twice; {@link DemoLoader} runs them all, in their {@code @Order}, in one
 * transaction.
 */
interface DemoStep {
  void load();
}
