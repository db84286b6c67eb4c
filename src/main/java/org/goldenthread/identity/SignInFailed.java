package org.goldenthread.identity;

/** A sign-in was refused: wrong email or password, or too many attempts. */
public record SignInFailed(String email, String address, boolean throttled) {}
