package vn.luutru.access;

import java.time.LocalDate;

/** A public holiday: no working-day deadline counts it. */
public record Holiday(LocalDate holidayOn, String name) {

}
