package vn.luutru.access;

/** A file of a request, with its access mode when asked for. */
public record RequestedFile(Long fileId, String fileCode, String title, String accessMode) {

}
