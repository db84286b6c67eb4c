package org.goldenthread.family;

/** How a family member is related to the child. */
public enum FamilyRelationship {
  MOTHER,
  FATHER,
  STEP_PARENT,
  GRANDPARENT,
  FOSTER_CARER,
  KINSHIP_CARER,
  ADOPTIVE_PARENT,
  OTHER_RELATIVE,
  OTHER
}
