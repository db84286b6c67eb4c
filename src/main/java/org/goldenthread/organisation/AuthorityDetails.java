package org.goldenthread.organisation;

/** What is entered to create or edit a local authority, as typed (it is trimmed and checked). */
public record AuthorityDetails(String name, String code) {}
