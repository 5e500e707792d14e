/**
 * What every feature stands on: the application's data source and its migrations, the JMS
 * resources, configuration and the clock. Resources are declared in code with their settings read
 * from MicroProfile Config, so that switching the embedded PostgreSQL → an external one or the
 * embedded broker → an external one is configuration, never a rebuild. {@link
 * id.loket.platform.LoketConfig} holds every other setting, typed. Nothing here knows a feature.
 */
package id.loket.platform;
