/**
 * Building blocks shared by every feature of Loket.
 *
 * <p>The most important one is {@link id.loket.shared.DomainException}: domain code never produces
 * user-facing text itself. It raises an exception carrying a resource-bundle key plus arguments, so
 * that the web layer can render the message in English or Indonesian, while logs still get a
 * readable English default through {@link java.lang.Throwable#getMessage()}.
 */
package id.loket.shared;
