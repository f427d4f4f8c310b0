/**
 * Funded programmes: the funder, advisory organisation and accreditation body behind them, their
 * period, budget and goals, cohorts of agencies, the advisor pair each agency gets, and the settings
 * (time limits, pass threshold, public-comment notice) that the other modules follow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programmes",
        allowedDependencies = {"access", "agencies", "audit", "database", "identity", "standards"})
package org.acredita.programmes;
