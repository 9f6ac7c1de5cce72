package vn.luutru.audit;

import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuditHashTest {

	static final AuditKey KEY = AuditKey.of(new byte[32]);

	static final AuditEvent EVENT = new AuditEvent(7L, Instant.parse("2026-03-01T08:30:00Z"), "admin", "FILE_CLOSED",
			"file", "H01.2026.01", 3L, "{\"title\":\"Hồ sơ kế hoạch năm\"}", AuditHash.GENESIS, null, KEY.id());

	@Test
	void isHmacSha256() {
		// RFC 4231, test case 1.
		AuditKey rfc = AuditKey.of(HexFormat.of().parseHex("0b".repeat(20)));
		assertThat(rfc.sign("Hi There")).isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
	}

	@Test
	void keyIdIsTheStartOfTheKeysSha256() {
		// SHA-256 of 32 zero bytes begins 66687aad.
		assertThat(KEY.id()).isEqualTo("66687aad");
		assertThat(KEY.toString()).doesNotContain("0000");
	}

	@Test
	void signedHashNeedsTheKey() {
		String signed = AuditHash.signed(KEY, EVENT);
		assertThat(signed).matches("[0-9a-f]{64}").isEqualTo(AuditHash.signed(KEY, EVENT));
		assertThat(signed).isNotEqualTo(AuditHash.of(EVENT));
		assertThat(AuditHash.signed(AuditKey.of(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }),
				EVENT))
			.isNotEqualTo(signed);
	}

	@Test
	void everyFieldCounts() {
		String signed = AuditHash.signed(KEY, EVENT);
		assertThat(AuditHash.signed(KEY, with(EVENT.occurredAt().plusSeconds(1), EVENT.details(), EVENT.prevHash())))
			.isNotEqualTo(signed);
		assertThat(AuditHash.signed(KEY, with(EVENT.occurredAt(), "{\"title\":\"Hồ sơ khác\"}", EVENT.prevHash())))
			.isNotEqualTo(signed);
		assertThat(AuditHash.signed(KEY, with(EVENT.occurredAt(), EVENT.details(), "1".repeat(64))))
			.isNotEqualTo(signed);
	}

	@Test
	void headIsSignedForOneEventOnly() {
		String head = AuditHash.head(KEY, 7, "a".repeat(64));
		assertThat(AuditHash.head(KEY, 6, "a".repeat(64))).isNotEqualTo(head);
		assertThat(AuditHash.head(KEY, 7, "b".repeat(64))).isNotEqualTo(head);
	}

	@Test
	void refusesShortKeys() {
		assertThatIllegalArgumentException().isThrownBy(() -> AuditKey.of(new byte[8]));
	}

	static AuditEvent with(Instant at, String details, String prev) {
		return new AuditEvent(EVENT.id(), at, EVENT.actor(), EVENT.action(), EVENT.entityType(), EVENT.entityId(),
				EVENT.agencyId(), details, prev, null, EVENT.keyId());
	}

}
