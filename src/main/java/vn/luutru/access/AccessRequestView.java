package vn.luutru.access;

import java.util.List;

/** A request with its files and the grants it gave. */
public record AccessRequestView(AccessRequest request, List<RequestedFile> files, List<AccessGrant> grants) {

}
