package vn.luutru.batch;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * What the official documents print that belongs to the province rather than to an agency
 * ({@code luutru.forms.*}).
 *
 * @param province where documents are dated, "Sơn La, ngày …"
 * @param archiveName the receiving historical archive as every document of a batch names
 * it; when blank, the agency flagged as historical archive, else "Trung tâm Lưu trữ lịch
 * sử tỉnh" and the province
 * @param abbreviations an agency's abbreviation in document numbers by agency code (e.g.
 * {@code H53.12: SNV}); an agency not listed takes the initials of its name
 */
@ConfigurationProperties("luutru.forms")
public record FormSettings(String province, String archiveName, Map<String, String> abbreviations) {

	public static final String DEFAULT_PROVINCE = "Sơn La";

	@ConstructorBinding
	public FormSettings {
		province = (province == null || province.isBlank()) ? DEFAULT_PROVINCE : province.strip();
		archiveName = (archiveName == null || archiveName.isBlank()) ? null : archiveName.strip();
		abbreviations = (abbreviations == null) ? Map.of() : Map.copyOf(abbreviations);
	}

	/** The defaults: Sơn La, the archive as registered, initials. */
	public static FormSettings defaults() {
		return new FormSettings(null, null, null);
	}

}
