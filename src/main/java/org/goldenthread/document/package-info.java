/**
 * Documents and evidence shared about a child: a file uploaded once (PDF, Word, an image), its real
 * type detected from its content, its SHA-256 hash, kept in PostgreSQL or a configured directory,
 * scanned by ClamAV's {@code clamd} when one is configured, and shown to everyone who may see the
 * child. Whatever a family member shares is evidence: the school says what it makes of it by a day
 * counted in school days ({@code EVIDENCE_RESPONSE} deadlines, {@link
 * org.goldenthread.document.DocumentDeadlines}). The pages, the API, the door for {@code
 * /documents/{documentId}}, the panel on the child's page and the SENCO's list of evidence awaiting
 * a response on their home.
 *
 * <p>The public API: {@link org.goldenthread.document.Documents} with {@link
 * org.goldenthread.document.DocumentView}, {@link org.goldenthread.document.UploadedFile} and
 * {@link org.goldenthread.document.DocumentKind}; sharing one publishes {@link
 * org.goldenthread.document.DocumentShared}.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"child", "identity", "organisation", "web", "deadline"})
package org.goldenthread.document;
