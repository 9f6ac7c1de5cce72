package vn.luutru.access;

/** Too many registrations from one address within the hour (HTTP 429). */
class RegistrationThrottledException extends RuntimeException {

	RegistrationThrottledException() {
		super("too many registrations from this address");
	}

}
