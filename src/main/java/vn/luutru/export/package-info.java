/**
 * A whole record file exported (Decree 30/2020 Annex VI III.4.g): one PDF of its
 * documents in chronological order behind a cover page of its metadata, and one XML of
 * the file and document metadata in the Circular 05/2025 field names, for whoever may
 * read the file; every export is audited and every page says who printed it and when.
 */
package vn.luutru.export;
