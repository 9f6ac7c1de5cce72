package vn.luutru.forms;

import java.util.Objects;

/**
 * A signature block: the role in capitals, the hint below it and the name once signed.
 *
 * @param role e.g. "NGƯỜI LẬP", "THỦ TRƯỞNG CƠ QUAN"
 * @param hint e.g. "(Ký, ghi rõ họ tên)"
 * @param name the signer's full name, or {@code null} to leave it blank
 */
public record Signatory(String role, String hint, String name) {

	public static final String SIGN = "(Ký, ghi rõ họ tên)";

	public static final String SIGN_AND_SEAL = "(Ký tên, đóng dấu)";

	public Signatory {
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(hint, "hint");
	}

}
