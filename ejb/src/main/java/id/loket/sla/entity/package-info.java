/** Business calendars and the SLA clock: values and arithmetic, no persistence, no container. */
package id.loket.sla.entity;
