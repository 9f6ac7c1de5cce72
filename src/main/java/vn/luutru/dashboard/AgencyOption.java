package vn.luutru.dashboard;

/** An agency in the dashboard's filter. */
public record AgencyOption(long id, String code, String name) {

}
