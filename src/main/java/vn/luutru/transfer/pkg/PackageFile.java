package vn.luutru.transfer.pkg;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A record file (hồ sơ) with the 18 fields of Circular 05/2025 ({@code EAD.xml}) and its
 * documents; each becomes one information package.
 *
 * @param agency the agency whose file it is (13-character agency code)
 * @param fondsCode the fonds (phông) the file belongs to
 * @param fileCode agency code + year + file notation, e.g.
 * {@code 000.00.12.H53.2024.01.VP}
 * @param maintenanceCode retention 01 (permanent) to 07 (other); {@code maintenanceLabel}
 * says it in words, e.g. "Vĩnh viễn", "10 năm"
 * @param accessMode 01 public, 02 conditional, 03 secret
 * @param language language codes 01–11, several separated by commas
 * @param keywords keywords as recorded ({@code keyword})
 * @param numberOfPaper sheets, for digitised files; null when not applicable
 * @param confidenceLevel 01 born-digital, 02 digitised, 03 mixed
 * @param physicalFormat physical condition ({@code format}), 01 good, 02 normal, 03
 * damaged
 * @param paperFileCode code of the paper original, for digitised files; may be null
 * @param riskRecovery whether a backup-copy regime applies; null when not recorded
 * @param riskRecoveryStatus 01 backed up, 02 not yet; may be null
 */
public record PackageFile(Agency agency, String fondsCode, String fileCode, String title, String maintenanceCode,
		String maintenanceLabel, String accessMode, String language, String keywords, String inforSign,
		LocalDate startDate, LocalDate endDate, int totalDoc, Integer numberOfPaper, Integer numberOfPage,
		String confidenceLevel, String physicalFormat, String paperFileCode, Boolean riskRecovery,
		String riskRecoveryStatus, String description, List<PackageDocument> documents) {

	public PackageFile {
		Objects.requireNonNull(agency, "agency");
		Objects.requireNonNull(fileCode, "fileCode");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(maintenanceCode, "maintenanceCode");
		documents = List.copyOf(documents);
		if (documents.isEmpty()) {
			throw new IllegalArgumentException("A record file package needs at least one document: " + fileCode);
		}
		for (PackageDocument doc : documents) {
			// The circular's docCode and docId are both derived from the file code and
			// position.
			if (!doc.docCode().equals(fileCode + "." + doc.position())) {
				throw new IllegalArgumentException(
						"Document " + doc.docCode() + " is not position " + doc.position() + " of " + fileCode);
			}
		}
	}

}
