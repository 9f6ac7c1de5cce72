package vn.luutru.receipt;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.luutru.agency.Agency;
import vn.luutru.document.DocumentMetadata;
import vn.luutru.file.DateRange;
import vn.luutru.file.FileHistory;
import vn.luutru.file.FileStatus;
import vn.luutru.file.OpenFileRequest;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.Role;

/**
 * How a received record file and its documents become LuuTru's: the Circular 05/2025
 * fields of {@code EAD.xml} and {@code EAD_doc} mapped onto the requests that open a file
 * and capture a document, as the depositing agency would have made them. The file is
 * registered deposited (its end date from the package, deposited on the day of receipt),
 * then passes into the historical archive's custody.
 */
final class SipRegistration {

	/** Agency code + "." + year + "." + notation, e.g. 000.00.12.H53.2024.01.VP. */
	private static final Pattern FILE_CODE = Pattern.compile("(\\d{4})\\.(.+)");

	private static final DateTimeFormatter CIRCULAR_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private SipRegistration() {
	}

	/**
	 * Who registers the files: the officer of the historical archive who acts (or the
	 * uploader, while validating), on behalf of the depositing agency, as its clerk and
	 * archivist, so that the files are the agency's own.
	 */
	static CurrentUser registrar(String userId, Agency depositor) {
		return new CurrentUser(userId, userId, depositor.id(), depositor.code(),
				EnumSet.of(Role.CLERK, Role.ARCHIVIST));
	}

	/**
	 * What opening the file takes.
	 *
	 * @param problem a message code when the fields cannot make a request; then
	 * {@code problemArgs} are its arguments
	 */
	record Opening(OpenFileRequest request, LocalDate endDate, DateRange documentDates, String problem,
			Object[] problemArgs) {

		FileHistory history(LocalDate receivedOn) {
			return new FileHistory(FileStatus.DEPOSITED, this.endDate, receivedOn);
		}

	}

	static Opening opening(SipFile file, String depositorCode) {
		String prefix = depositorCode + ".";
		Matcher code = file.fileCode().startsWith(prefix)
				? FILE_CODE.matcher(file.fileCode().substring(prefix.length())) : null;
		if (code == null || !code.matches()) {
			return refused("receipt.error.fileCode", file.fileCode(), depositorCode);
		}
		LocalDate start;
		LocalDate end;
		try {
			start = date(file.field("startDate"));
			end = date(file.field("endDate"));
		}
		catch (DateTimeParseException ex) {
			return refused("receipt.error.dateForm", file.fileCode(), ex.getParsedString());
		}
		LocalDate first = null;
		LocalDate last = null;
		for (SipDocument doc : file.documents()) {
			LocalDate issued;
			try {
				issued = date(doc.fields().get("issuedDate"));
			}
			catch (DateTimeParseException ex) {
				return refused("receipt.error.dateForm", doc.docCode(), ex.getParsedString());
			}
			if (issued != null) {
				first = (first == null || issued.isBefore(first)) ? issued : first;
				last = (last == null || issued.isAfter(last)) ? issued : last;
			}
		}
		OpenFileRequest request = new OpenFileRequest(null, Integer.valueOf(code.group(1)), code.group(2),
				file.field("title"), null, file.field("maintenance"), null, file.field("mode"), file.field("language"),
				file.field("keyword"), file.field("inforSign"), null, file.field("description"), start,
				file.field("confidenceLevel"), file.field("format"), file.field("paperFileCode"));
		return new Opening(request, end, (first != null) ? new DateRange(first, last) : null, null, null);
	}

	static DocumentMetadata document(SipDocument doc) {
		Map<String, String> f = doc.fields();
		return new DocumentMetadata(doc.position(), f.get("typeName"), f.get("codeNumber"), f.get("codeNotation"),
				date(f.get("issuedDate")), f.get("organName"), f.get("subject"), f.get("language"),
				number(f.get("numberOfPage")), null, f.get("inforSign"), f.get("keyword"), f.get("mode"),
				f.get("confidenceLevel"), f.get("autograph"), f.get("format"), f.get("description"), null, null, null,
				null);
	}

	private static Opening refused(String code, Object... args) {
		return new Opening(null, null, null, code, args);
	}

	/** The circular writes dd/MM/yyyy; yyyy-MM-dd is read too. */
	private static LocalDate date(String value) {
		if (value == null) {
			return null;
		}
		return value.contains("/") ? LocalDate.parse(value, CIRCULAR_DAY) : LocalDate.parse(value);
	}

	private static Integer number(String value) {
		try {
			return (value != null) ? Integer.valueOf(value.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
