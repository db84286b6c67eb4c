/**
 * The directory of services (issue 18, part 1): the help a family can get — the local information,
 * advice and support service, independent legal advice, helplines, parent carer forums, support
 * groups, training — with the needs (census need codes) each serves, its areas (authority codes and
 * postcode districts), its languages (census language codes), how to contact it, its opening times
 * and cost, whether it is independent of the authority, and the day it was last checked. Everyone
 * signed in searches it ({@link org.goldenthread.directory.Directory}); full-text search runs in
 * PostgreSQL ({@link org.goldenthread.directory.DirectorySearch}) with everyday words joined to the
 * needs they name ({@link org.goldenthread.directory.NeedWords}). The authority's officers and the
 * administrators keep it; entries unchecked for twelve months are flagged. Level 2: it uses child
 * (the census codes), identity, organisation (the authorities) and web.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"child", "identity", "organisation", "web"})
package org.goldenthread.directory;
