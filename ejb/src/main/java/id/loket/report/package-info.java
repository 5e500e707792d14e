/**
 * Manager reports: where the desk fails its promises, why, and who needs help. Escalations (by
 * level, cause, team, category, priority, week; acknowledged or open; repeats), SLA compliance
 * (share met, breaches, MTTA and MTTR in business time, weekly trend), backlog (age, inflow and
 * outflow, reopen rate, oldest tickets), satisfaction and agent/team load, each for a window of
 * desk days and the same filters. Aggregates are computed in SQL over indexes made for them (V20);
 * inflow and outflow read the {@code report_day} rollup, which a trigger keeps exact. Team leads
 * see their own teams, managers and administrators all; the scope is part of every query. Managers
 * subscribe to a daily or weekly digest, made once per period by a sweeper and mailed through the
 * mail outbox in the subscriber's language.
 */
package id.loket.report;
