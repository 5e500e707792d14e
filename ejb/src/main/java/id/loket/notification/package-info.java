/**
 * Notifications for people about their tickets. Events arrive over JMS; a message-driven bean hands
 * them to {@code NotificationRecorder}, which stores each (event, recipient) at most once, so a
 * redelivered message changes nothing.
 */
package id.loket.notification;
