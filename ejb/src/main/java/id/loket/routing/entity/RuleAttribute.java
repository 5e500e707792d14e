package id.loket.routing.entity;

/**
 * What a routing rule can look at in a ticket. A rule holds, for each attribute it cares about, the
 * values it accepts; an attribute it does not mention matches any ticket.
 */
public enum RuleAttribute {
  /** The code of the request type from the catalog. */
  TYPE,
  /** The code of the catalog category. */
  CATEGORY,
  /** The affected service as typed or chosen, e.g. "SAP ERP". */
  SERVICE,
  /** Any of several words found as whole words in title or description. */
  KEYWORD,
  /** The requester's department. */
  DEPARTMENT,
  /** The requester's location. */
  LOCATION
}
