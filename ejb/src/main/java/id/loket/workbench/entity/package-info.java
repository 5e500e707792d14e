/** The workbench's plain values: link kinds, presence modes and the presence window. */
package id.loket.workbench.entity;
