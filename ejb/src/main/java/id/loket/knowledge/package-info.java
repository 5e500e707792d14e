/**
 * The knowledge base: articles written by agents and admins in English and Bahasa Indonesia,
 * searched by requesters on the help page and by the duplicate guard while they type a report.
 */
package id.loket.knowledge;
