package org.goldenthread.organisation;

/**
 * What is entered to create or edit a local authority, as typed (it is trimmed and checked).
 *
 * @param staffTwoFactor whether the authority's officers must use two-factor sign-in
 */
public record AuthorityDetails(String name, String code, boolean staffTwoFactor) {

  /** An authority whose officers may choose whether to use two-factor sign-in. */
  public AuthorityDetails(String name, String code) {
    this(name, code, false);
  }
}
