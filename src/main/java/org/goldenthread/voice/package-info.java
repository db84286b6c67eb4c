/**
 * Views of the child and of the family (issue 17): what they said, recorded by them or by an adult
 * for them, about a plan item, a meeting or school life, with the Lundy fields (space, voice and
 * its method, audience); and the response ("you said, we did", or why not) with the day it was fed
 * back. A view is an open loop until it is fed back, and open loops age visibly on the child's page
 * and the SENCO's home. Views answered count towards the family's participation in the plan through
 * {@link org.goldenthread.plan.ParticipationEvidence}, which this module implements; the child's
 * easy-read home ({@code /children/{id}/my-page}) shows what the child is good at, what helps,
 * their goals, "you said, we did" and a way to say something. Changes are recorded in the child's
 * history and announced as {@link org.goldenthread.voice.ViewRecorded} and {@link
 * org.goldenthread.voice.ViewAnswered}. Level 3, below {@code meeting} and {@code review}, which
 * link views: it uses child, identity, organisation, web and the plan's public API, and learns the
 * child's meetings through its port {@link org.goldenthread.voice.ViewMeetings}, which {@code
 * meeting} implements.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"child", "identity", "organisation", "web", "plan", "document"})
package org.goldenthread.voice;
