package org.goldenthread.organisation;

/** The three kinds of organisation that people work at. */
public enum OrganisationKind {
  LOCAL_AUTHORITY,
  SCHOOL,
  SERVICE
}
