/**
 * The secret guard on the web: {@code POST /api/guard/secrets} (what a client shows before it
 * sends) and the warning dialog of the pages ({@code /WEB-INF/includes/secret-guard.xhtml}).
 */
package id.loket.guard;
