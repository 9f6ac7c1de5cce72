package vn.luutru.schedule;

/**
 * What an import did: rows that made new entries, changed entries, or changed nothing.
 */
public record ImportResult(int created, int updated, int unchanged) {

}
