/**
 * What every feature stands on: the application's data source and its migrations, the JMS
 * resources, configuration and the clock. Resources are declared in code with their settings read
 * from MicroProfile Config, so that switching H2 → PostgreSQL or the embedded broker → an external
 * one is configuration, never a rebuild.
 */
package id.loket.platform;
