package org.goldenthread.contact;

import java.time.LocalDate;

/** A contact to record: on which day, how, with whom, what was said and what was agreed. */
public record NewContact(
    LocalDate on, ContactHow how, String with, String summary, String agreed) {}
