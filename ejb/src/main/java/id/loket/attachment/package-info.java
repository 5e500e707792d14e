/**
 * Evidence attachments: screenshots, short videos and documents on a ticket or on one of its
 * comments. A file's type is decided from its bytes (never from its name or the declared type), and
 * only types that cannot run are kept. The metadata is listed without the bytes; the bytes live
 * behind {@link id.loket.attachment.control.AttachmentStore}. Whoever may see a ticket may see its
 * attachments, except those of internal notes, which are for staff only. A ticket or a comment is
 * stored together with its files, or not at all.
 */
package id.loket.attachment;
