package vn.luutru.document;

import vn.luutru.content.ContentReport;

/**
 * What a capture learned of staged bytes before writing any row
 * ({@link DocumentCapture#inspect}).
 *
 * @param report the inspection: media type, whether the content is acceptable and why not
 * @param puid the PRONOM format, null when the content is refused
 */
public record InspectedContent(ContentReport report, String puid) {
}
