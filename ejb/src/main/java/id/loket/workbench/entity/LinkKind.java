package id.loket.workbench.entity;

/**
 * How two tickets are linked: RELATED (both ways alike) or PARENT_CHILD (a major incident and one
 * of the tickets it caused; stored from the parent).
 */
public enum LinkKind {
  RELATED,
  PARENT_CHILD
}
