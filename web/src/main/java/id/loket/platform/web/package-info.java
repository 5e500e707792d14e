/**
 * Web plumbing shared by every feature: the JAX-RS application and its problem+json error mapping,
 * translated messages, the user's language, health checks.
 */
package id.loket.platform.web;
