package vn.luutru.security;

import java.util.List;

/** A user as the API shows it; never the password. */
public record UserView(String userId, String firstName, String lastName, String email, String agencyCode,
		List<String> roles) {

}
