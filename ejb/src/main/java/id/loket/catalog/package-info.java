/**
 * The service catalog: what can be asked for. For now the categories a ticket is filed under;
 * per-type forms configured in the database will grow here.
 */
package id.loket.catalog;
