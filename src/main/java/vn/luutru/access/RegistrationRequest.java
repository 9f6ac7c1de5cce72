package vn.luutru.access;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What a reader fills in to register. */
public record RegistrationRequest(String userId, String password, @Size(max = 200) String fullName,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate, String identityNumber,
		@Size(max = 100) String nationality, @Size(max = 500) String address, String phone,
		@Size(max = 200) String email, @Size(max = 300) String organisation) {

}
