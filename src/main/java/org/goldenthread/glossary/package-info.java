/**
 * Information for families (issue 18, parts 2 and 3): the glossary of SEND words in plain English,
 * at {@code /glossary} and {@code /glossary/{slug}} and through the API, kept by platform
 * administrators; the links from each term's first use on a page to its explanation ({@code
 * #glossary.link(text)} in any template, {@link org.goldenthread.glossary.GlossaryLinks}), with the
 * terms held in memory and read again when they change; and short guides for families at {@code
 * /guidance}. Both are public information, readable signed out. Level 1: it uses identity (the
 * administrator) and web.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "web"})
package org.goldenthread.glossary;
