/**
 * The e-mail channel: customers write to the service desk by mail and answer tickets by replying.
 * Incoming mail comes in every shape the wild produces (legacy charsets, broken MIME, forwarded
 * messages, auto-replies and bounces), so it is first turned into one plain, readable {@link
 * id.loket.mail.control.ParsedMail} that never fails: what cannot be understood is quarantined for
 * a human instead of being lost, and machine mail (auto-replies, bounces, our own mail) is
 * recognised so that it never opens tickets or loops.
 */
package id.loket.mail;
