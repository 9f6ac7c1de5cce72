package vn.luutru.fixity;

import java.time.Instant;

/** One step in the handling of an incident: who did what, when. */
public record IncidentAction(Instant actedAt, String actedBy, String action, String note) {

}
