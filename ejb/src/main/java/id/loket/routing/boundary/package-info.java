/**
 * Routing as other features call it: {@link id.loket.routing.boundary.Routing} decides and records
 * where a ticket goes, {@link id.loket.routing.boundary.RoutingRules} lets administrators keep the
 * table.
 */
package id.loket.routing.boundary;
