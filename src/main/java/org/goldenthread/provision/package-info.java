/**
 * What provision costs: each school's cost of an hour of support by who gives it (set by its SENCO,
 * head or administrator, else national defaults), its page, API and the link on their home, and the
 * yearly cost of provision worked out from it. It costs the plan's provision through the plan's
 * extension point ({@link org.goldenthread.plan.ProvisionCosting}); the plan knows nothing of
 * rates. Level 4: it uses plan, child, identity, organisation and web.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"plan", "child", "identity", "organisation", "web"})
package org.goldenthread.provision;
