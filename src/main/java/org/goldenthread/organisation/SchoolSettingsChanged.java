package org.goldenthread.organisation;

import java.util.UUID;

/**
 * A school's settings were changed by its SENCO, head or administrator (or a platform
 * administrator): what they were, what they are now, and whether the term dates were changed too.
 * Published only when something changed.
 */
public record SchoolSettingsChanged(
    UUID schoolId,
    String schoolName,
    SchoolSettings before,
    SchoolSettings after,
    boolean termsChanged,
    UUID actorId) {}
