/**
 * The service catalog: what can be asked for. Categories group request types; each type has its own
 * ordered form (fields with labels and hints in both languages, options for choices), kept as one
 * JSONB document per type ({@link id.loket.catalog.entity.RequestType} says why). The catalog
 * checks the values of a new or changed ticket against its type ({@link
 * id.loket.catalog.control.FieldRules}) and labels them for readers; the ticket stores them as
 * typed JSON. Administrators edit types on the admin pages or over {@code /api/admin/catalog}.
 */
package id.loket.catalog;
