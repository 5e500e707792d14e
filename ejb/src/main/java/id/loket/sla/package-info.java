/**
 * Service levels: the business calendars a ticket's clock runs on, and the clock itself.
 *
 * <p>A service desk promises "first answer within 4 working hours", not "within 4 hours": the clock
 * runs only inside the calendar's working hours, stops while the ticket waits for its requester,
 * and must say, at any instant, how much of the target is used and when it runs out. The arithmetic
 * lives in plain Java ({@link id.loket.sla.entity.BusinessCalendar}, {@link
 * id.loket.sla.entity.SlaClock}), checked against a minute-by-minute oracle across time zones with
 * and without daylight saving, holidays, half days and pauses; the due instants it computes are
 * what the database stores and indexes.
 */
package id.loket.sla;
