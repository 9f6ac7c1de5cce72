package vn.luutru.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user's own name and e-mail address. */
record ProfileRequest(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
		@Size(max = 255) String email) {

}
