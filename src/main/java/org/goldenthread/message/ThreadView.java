package org.goldenthread.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A thread with its messages, oldest first, as the person looking sees it: {@code unread} counts
 * the messages others sent that they have not read.
 */
public record ThreadView(
    UUID id,
    UUID childId,
    String subject,
    @JsonInclude(JsonInclude.Include.NON_NULL) ThreadAbout about,
    Instant lastMessageAt,
    int unread,
    List<MessageView> messages) {}
