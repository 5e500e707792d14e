/**
 * Demo users and sample tickets for trying Loket out: created once on an empty database, and only
 * when {@code loket.demo.enabled} is true (the one-command launcher turns it on; an application
 * deployed anywhere else starts without them).
 */
package id.loket.demo;
