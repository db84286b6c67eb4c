package org.goldenthread.voice;

/**
 * Where a view stands. OPEN: nobody has answered it yet; ANSWERED: the response is recorded but the
 * child or family has not been told yet; FED_BACK: they have been told, on {@code fedBackOn}. OPEN
 * and ANSWERED are both open loops.
 */
public enum ViewStatus {
  OPEN,
  ANSWERED,
  FED_BACK;

  public boolean openLoop() {
    return this != FED_BACK;
  }
}
