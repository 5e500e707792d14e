/** Queue views, sorts, filters, cursors and the scoping policy, in plain Java. */
package id.loket.queue.entity;
