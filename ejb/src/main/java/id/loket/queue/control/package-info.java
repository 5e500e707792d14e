/** The queue and search SQL (one place) and the reads that run it. */
package id.loket.queue.control;
