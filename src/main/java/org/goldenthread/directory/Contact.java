package org.goldenthread.directory;

/** How to reach a service; any part may be missing. */
public record Contact(String phone, String email, String website, String address) {}
