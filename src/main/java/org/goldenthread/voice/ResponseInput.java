package org.goldenthread.voice;

import java.time.LocalDate;

/**
 * The response to a view: what was done about it, or why not ("you said, we did"), how it was fed
 * back to the child or family, and the day it was (none yet: the view is answered, still open).
 */
public record ResponseInput(String response, String how, LocalDate fedBackOn) {}
