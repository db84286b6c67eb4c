/**
 * Actions agreed at meetings: what will be done, by one owner (a team member or a parent with an
 * account), by when; where each stands (open, done, dropped with the reason), overdue ones marked;
 * their page and API, the door for routes below {@code /actions/{actionId}}, and their due dates as
 * {@code ACTION} deadlines ({@link org.goldenthread.action.ActionDeadlines}). Level 3, below {@code
 * meeting}: an action knows its meeting only by id, and what it needs of it (who runs it, its date,
 * who may own an action) comes through its one port, {@link
 * org.goldenthread.action.ActionMeetings}, which {@code meeting} implements. It uses child, family,
 * identity, web and deadline.
 *
 * <p>The public API: {@link org.goldenthread.action.MeetingActions}, the view and input records
 * beside it, {@link org.goldenthread.action.ActionAccess} and {@link
 * org.goldenthread.action.AccessibleAction}.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"child", "family", "identity", "web", "deadline"})
package org.goldenthread.action;
