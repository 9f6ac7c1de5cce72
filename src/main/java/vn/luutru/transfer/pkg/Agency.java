package vn.luutru.transfer.pkg;

import java.util.Objects;

/**
 * An agency or archive taking part in a transfer.
 *
 * @param code identification code, e.g. the 13-character agency code
 * {@code 000.00.12.H53} (QCVN 102:2016) or the archive's code
 * @param name its name in Vietnamese
 */
public record Agency(String code, String name) {

	public Agency {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
	}

}
