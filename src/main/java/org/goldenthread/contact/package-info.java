/**
 * The contact log: phone calls, conversations at the gate, home visits and video calls that staff
 * record with whom, when, how, what was said and what was agreed; the family reads the entries
 * about their child. From it, the family's messages (message's public API) and the meetings held
 * with them (meeting's public API) comes when each family was last in touch: on the child's page,
 * and on the key worker's home as a prompt for families out of touch longer than the school allows
 * ({@code SchoolSettings.contactLapseWeeks}), beside how the family wants to hear from us (family's
 * public API). Level 3: it uses child, family, identity, organisation, web, message and meeting.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "child",
      "family",
      "identity",
      "organisation",
      "web",
      "message",
      "meeting"
    })
package org.goldenthread.contact;
