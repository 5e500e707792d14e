/** Listing, keeping and rendering canned responses, and the demo team responses. */
package id.loket.canned.boundary;
