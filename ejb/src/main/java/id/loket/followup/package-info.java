/**
 * What happens after the service desk answers: the requester closes a resolved ticket and rates the
 * help (one rating per ticket), or reopens it with a reason, or — not satisfied — escalates an open
 * ticket with a reason. Escalations leave through the outbox to their own queue; its consumer
 * records them into the managers' escalation list.
 */
package id.loket.followup;
