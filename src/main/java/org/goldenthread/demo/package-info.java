/**
 * The demo data a first run starts with, so that a newcomer can sign in as each kind of user. It
 * sits on top of every capability and none depends on it; the {@code prod} profile never loads it.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "identity",
      "organisation",
      "child",
      "family",
      "plan",
      "review",
      "meeting",
      "action",
      "statutory",
      "request",
      "concern",
      "message",
      "contact",
      "document",
      "disagreement",
      "feedback",
      "voice",
      "directory",
      "web",
      "worker",
      "transfer"
    })
package org.goldenthread.demo;
