package vn.luutru.document;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.Size;

/**
 * The metadata of a document (văn bản) as Circular 05/2025 names it. Records captured
 * under Circular 02/2019 / Decree 30/2020 arrive with their old names (PageAmount,
 * KeyWord, DocOrdinal, type names in words) and are mapped onto these;
 * {@code schemaVersion} keeps which schema they came from. A digitised document
 * (confidenceLevel 02) carries the code of its paper original ({@code paperFileCode}).
 * {@code accessMode} is named as every answer names it; {@code mode}, the name in the
 * Circular's XML, is read as the same field.
 */
public record DocumentMetadata(@JsonAlias( {
		"docOrdinal" }) Integer position, String typeName, @Size(max = 11) String codeNumber,
		@Size(max = 30) String codeNotation, LocalDate issuedDate, @Size(max = 200) String organName,
		@Size(max = 500) String subject, @Size(max = 100) String language,
		@JsonAlias({ "pageAmount" }) Integer numberOfPage, Integer numberOfPaper, @Size(max = 30) String inforSign,
		@Size(max = 100) String keyword, @JsonAlias({ "mode" }) String accessMode, String confidenceLevel,
		@Size(max = 2000) String autograph, String format, @Size(max = 2000) String description,
		@Size(max = 100) String signerPosition, @Size(max = 50) String signerName, String schemaVersion,
		@Size(max = 100) String paperFileCode){

}
