/** Who may change teams and agents, and the checks of their values. */
package id.loket.team.control;
