package vn.luutru.receipt;

/**
 * Something wrong with a received SIP, in Vietnamese and English.
 *
 * @param path the file of the package it concerns, null for the package as a whole
 */
public record ReceiptError(String path, String message, String messageEn) {

}
