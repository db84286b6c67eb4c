package org.goldenthread.child;

import java.time.Instant;

/** One section of a one-page profile, with who wrote it and when (null when not yet written). */
public record ProfileSectionView(
    ProfileSectionKind section, String text, String writtenBy, Instant writtenAt, long version) {}
