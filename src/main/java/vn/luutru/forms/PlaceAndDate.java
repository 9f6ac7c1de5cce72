package vn.luutru.forms;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The place and date line above the signatures, "Sơn La, ngày 05 tháng 3 năm 2026".
 *
 * @param place the place name, usually the province
 * @param date the date, or {@code null} to leave dotted blanks for the signer
 */
public record PlaceAndDate(String place, LocalDate date) {

	public PlaceAndDate {
		Objects.requireNonNull(place, "place");
	}

	public String line() {
		return this.place + ", " + VietnameseDates.spelled(this.date);
	}

}
