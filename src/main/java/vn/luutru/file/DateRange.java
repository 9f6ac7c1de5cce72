package vn.luutru.file;

import java.time.LocalDate;

public record DateRange(LocalDate first, LocalDate last) {

}
