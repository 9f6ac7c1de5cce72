package vn.luutru.file;

import java.time.LocalDate;

record DateRange(LocalDate first, LocalDate last) {

}
