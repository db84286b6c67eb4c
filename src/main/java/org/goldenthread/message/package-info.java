/**
 * Messages: threads per child between the family and the team, each thread with its subject and,
 * when it has one, what it is about (a plan item, a meeting or a request, linked by its page); each
 * message with its author, its time, plain text with line breaks, and who has read it (a receipt
 * per person, made when they open the thread). Everyone who may see the child may read and write.
 * Sending one publishes {@link org.goldenthread.message.MessageSent}. The unread messages show on
 * the child's page and on everyone's home as panels. Level 3: it uses child, identity and web.
 *
 * <p>The public API: {@link org.goldenthread.message.Messages} (with the last message a family
 * member sent, for the contact log's "last in touch"), the view records beside it and {@link
 * org.goldenthread.message.MessageSent}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"child", "identity", "web"})
package org.goldenthread.message;
