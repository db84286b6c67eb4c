/**
 * The audit log: an append-only record of who did what, when and from which address, written in the
 * same transaction as the change it records; only retention deletes its entries, once they are past
 * their time. A listener: no capability calls it.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "identity",
      "organisation",
      "child",
      "plan",
      "review",
      "retention",
      "web"
    })
package org.goldenthread.audit;
