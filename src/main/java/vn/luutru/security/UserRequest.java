package vn.luutru.security;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create a user: login, name, password, agency and roles. */
public record UserRequest(@NotBlank @Pattern(regexp = "[a-zA-Z0-9._-]{3,64}") String userId,
		@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
		@Size(max = 255) String email, @NotBlank @Size(max = 128) String password, @NotBlank String agencyCode,
		@NotEmpty List<String> roles) {

}
