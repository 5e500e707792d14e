/** Queue pages, counts, search, saved views and bulk actions as callers see them. */
package id.loket.queue.boundary;
