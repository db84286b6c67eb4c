package org.goldenthread.organisation;

import org.goldenthread.web.PageForms;

/** The support service form, as typed; the authority and email may be left empty. */
record ServiceForm(String name, String kind, String authorityId, String email, Long version)
    implements OrganisationForm<ServiceDetails> {

  static ServiceForm empty() {
    return new ServiceForm(null, null, null, null, null);
  }

  static ServiceForm of(ServiceSummary service) {
    return new ServiceForm(
        service.name(),
        service.kind().name(),
        service.authorityId() == null ? null : service.authorityId().toString(),
        service.email(),
        service.version());
  }

  @Override
  public ServiceDetails details() {
    return new ServiceDetails(
        name, PageForms.choice(ServiceKind.class, kind), PageForms.id(authorityId), email);
  }
}
