package org.goldenthread.organisation;

/** An organisation's add or edit form, as typed: the details it gives and the version it read. */
interface OrganisationForm<D> {

  D details();

  Long version();
}
