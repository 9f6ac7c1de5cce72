package vn.luutru.receipt;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLStreamException;

import org.springframework.stereotype.Component;

import vn.luutru.agency.Agency;
import vn.luutru.agency.AgencyDirectory;
import vn.luutru.common.FieldProblem;
import vn.luutru.common.Problems;
import vn.luutru.common.ProblemTexts;
import vn.luutru.file.FileIntake;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.Role;
import vn.luutru.transfer.pkg.FixityReport;
import vn.luutru.transfer.pkg.FixityReport.DocumentFixity;
import vn.luutru.transfer.pkg.FixityReport.Problem;
import vn.luutru.transfer.pkg.TransferPackageVerifier;

/**
 * Validates a received SIP (its ZIP already found safe) before anyone acts on it, and
 * reads what it holds. Every error is collected, not only the first: each package folder
 * has a METS at its root; every METS passes METS 1.12 with the CSIP extension, every
 * PREMIS passes PREMIS 3.0; every file's SHA-256 and size agree with what its METS
 * declares (and nothing sits in the package that no METS lists); the E-ARK reference
 * validator finds no failed MUST requirement; the depositing agency is one LuuTru knows
 * (and the uploader's own, unless the historical archive uploads); each record file's
 * {@code EAD.xml} and each document's {@code EAD_doc} can be read, and the file could be
 * registered in that agency as the rules of opening and closing a file require.
 */
@Component
class SipValidation {

	static final String METS = "METS.xml";

	private final SipSchemas schemas;

	private final EarkCheck eark;

	private final AgencyDirectory agencies;

	private final FileIntake fileIntake;

	private final ProblemTexts texts;

	private final ReceiptSettings settings;

	private final Clock clock;

	SipValidation(SipSchemas schemas, EarkCheck eark, AgencyDirectory agencies, FileIntake fileIntake,
			ProblemTexts texts, ReceiptSettings settings, Clock clock) {
		this.schemas = schemas;
		this.eark = eark;
		this.agencies = agencies;
		this.fileIntake = fileIntake;
		this.texts = texts;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @param eark whether to run the E-ARK validator (not again when the SIP, validated
	 * already, is read once more to be registered)
	 */
	SipCheck validate(Path zip, CurrentUser uploader, boolean eark) {
		Errors errors = new Errors();
		try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
			List<String> names = file.stream().filter((e) -> !e.isDirectory()).map(ZipEntry::getName).toList();
			Set<String> roots = roots(names);
			if (roots.isEmpty()) {
				errors.add(null, "receipt.error.noPackage", METS);
				return new SipCheck(null, null, null, List.of(), errors.list());
			}
			for (String name : names) {
				if (!roots.contains(rootOf(name))) {
					errors.add(name, "receipt.error.outsidePackage");
				}
			}
			checkSchemas(file, names, errors);
			FixityReport fixity;
			try (InputStream in = Files.newInputStream(zip)) {
				fixity = new TransferPackageVerifier().verify(in);
			}
			for (Problem p : fixity.problems()) {
				errors.add(p.path(), "receipt.error.fixity." + p.kind().name(), p.detail());
			}
			for (String root : roots) {
				if (eark) {
					checkEark(file, root, errors);
				}
			}
			return readRecords(file, roots, fixity, uploader, errors);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The package folders: the top folders holding a METS.xml. */
	private static Set<String> roots(List<String> names) {
		Set<String> roots = new LinkedHashSet<>();
		for (String name : names) {
			int slash = name.indexOf('/');
			if (slash > 0 && name.equals(name.substring(0, slash) + "/" + METS)) {
				roots.add(name.substring(0, slash));
			}
		}
		return roots;
	}

	private static String rootOf(String name) {
		int slash = name.indexOf('/');
		return (slash > 0) ? name.substring(0, slash) : "";
	}

	private void checkSchemas(ZipFile file, List<String> names, Errors errors) throws IOException {
		for (String name : names) {
			boolean mets = name.endsWith("/" + METS);
			boolean premis = name.contains("/metadata/preservation/") && name.endsWith(".xml");
			if (!mets && !premis) {
				continue;
			}
			try (InputStream in = file.getInputStream(file.getEntry(name))) {
				String problem = mets ? this.schemas.checkMets(in) : this.schemas.checkPremis(in);
				if (problem != null) {
					errors.add(name, mets ? "receipt.error.metsSchema" : "receipt.error.premisSchema", problem);
				}
			}
		}
	}

	/**
	 * Runs the E-ARK validator on the package folder alone, copied into a ZIP of its own.
	 */
	private void checkEark(ZipFile file, String root, Errors errors) throws IOException {
		Path one = Files.createTempFile("receipt-package", ".zip");
		try {
			try (OutputStream out = Files.newOutputStream(one); ZipOutputStream zip = new ZipOutputStream(out)) {
				for (ZipEntry entry : Collections.list(file.entries())) {
					if (entry.getName().startsWith(root + "/")) {
						zip.putNextEntry(new ZipEntry(entry.getName()));
						if (!entry.isDirectory()) {
							try (InputStream in = file.getInputStream(entry)) {
								in.transferTo(zip);
							}
						}
						zip.closeEntry();
					}
				}
			}
			for (EarkCheck.Failure failure : this.eark.mustFailures(one)) {
				errors.add(root + "/", "receipt.error.eark", failure.requirement(), failure.issues());
			}
		}
		finally {
			Files.deleteIfExists(one);
		}
	}

	private SipCheck readRecords(ZipFile file, Set<String> roots, FixityReport fixity, CurrentUser uploader,
			Errors errors) throws IOException {
		String depositorCode = null;
		String depositorName = null;
		List<SipFile> files = new ArrayList<>();
		for (String root : roots) {
			SipXml.Agent agent = submitter(file, root, errors);
			if (agent != null) {
				if (depositorCode == null) {
					depositorCode = agent.code();
					depositorName = agent.name();
				}
				else if (!depositorCode.equals(agent.code())) {
					errors.add(root + "/" + METS, "receipt.error.twoDepositors", depositorCode, agent.code());
				}
			}
			SipFile read = readFile(file, root, fixity, errors);
			if (read != null) {
				files.add(read);
			}
		}
		Agency depositor = (depositorCode != null) ? this.agencies.findByCode(depositorCode).orElse(null) : null;
		if (depositorCode != null && depositor == null) {
			errors.add(null, "receipt.error.unknownDepositor", depositorCode);
		}
		if (depositor != null && !uploader.has(Role.HISTORICAL_ARCHIVE)
				&& !depositor.code().equals(uploader.agencyCode())) {
			errors.add(null, "receipt.error.notYourAgency", depositor.code());
		}
		if (depositor != null) {
			checkRegistration(files, depositor, uploader, errors);
		}
		return new SipCheck(depositor, depositorCode, depositorName, files, errors.list());
	}

	/** The submitting agency: the CREATOR organisation of the package METS. */
	private static SipXml.Agent submitter(ZipFile file, String root, Errors errors) throws IOException {
		String path = root + "/" + METS;
		try (InputStream in = file.getInputStream(file.getEntry(path))) {
			for (SipXml.Agent agent : SipXml.agents(in)) {
				if ("CREATOR".equals(agent.role()) && "ORGANIZATION".equals(agent.type()) && agent.code() != null
						&& !agent.code().isBlank()) {
					return agent;
				}
			}
			errors.add(path, "receipt.error.noDepositor");
			return null;
		}
		catch (XMLStreamException ex) {
			errors.add(path, "receipt.error.unreadable", ex.getMessage());
			return null;
		}
	}

	private static SipFile readFile(ZipFile file, String root, FixityReport fixity, Errors errors) throws IOException {
		String eadPath = SipLayout.fileRecord(root);
		Map<String, String> fields = record(file, eadPath, errors);
		if (fields == null) {
			return null;
		}
		String fileCode = fields.get("fileCode");
		for (String required : List.of("fileCode", "title", "maintenance", "endDate")) {
			if (!fields.containsKey(required)) {
				errors.add(eadPath, "receipt.error.fieldMissing", required);
			}
		}
		if (fileCode == null) {
			return null;
		}
		List<SipDocument> documents = new ArrayList<>();
		for (DocumentFixity doc : fixity.documents()) {
			if (!doc.packageId().equals(root) || doc.docCode() == null) {
				continue;
			}
			String docPath = SipLayout.documentRecord(doc.path(), doc.docCode());
			Map<String, String> docFields = record(file, docPath, errors);
			Integer position = position(fileCode, doc.docCode());
			if (position == null) {
				errors.add(doc.path(), "receipt.error.docCode", doc.docCode(), fileCode);
			}
			ZipEntry entry = file.getEntry(doc.path());
			if (docFields != null && position != null && entry != null) {
				documents.add(new SipDocument(doc.docCode(), position, docFields, doc.path(), entry.getSize(),
						doc.computedSha256()));
			}
		}
		if (documents.isEmpty()) {
			errors.add(root + "/", "receipt.error.noDocuments", fileCode);
		}
		documents.sort((a, b) -> Integer.compare(a.position(), b.position()));
		return new SipFile(root, fileCode, fields, documents);
	}

	private static Map<String, String> record(ZipFile file, String path, Errors errors) throws IOException {
		ZipEntry entry = file.getEntry(path);
		if (entry == null) {
			errors.add(path, "receipt.error.recordMissing");
			return null;
		}
		try (InputStream in = file.getInputStream(entry)) {
			return SipXml.record(in);
		}
		catch (XMLStreamException ex) {
			errors.add(path, "receipt.error.unreadable", ex.getMessage());
			return null;
		}
	}

	/** The position a docId gives: file code + "." + a whole number from 1. */
	private static Integer position(String fileCode, String docCode) {
		String prefix = fileCode + ".";
		if (!docCode.startsWith(prefix)) {
			return null;
		}
		try {
			int position = Integer.parseInt(docCode.substring(prefix.length()));
			return (position >= 1) ? position : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Each file could be opened in the depositing agency and given its history, as the
	 * bulk intake checks a legacy file: the same rules, in the same place.
	 */
	private void checkRegistration(List<SipFile> files, Agency depositor, CurrentUser uploader, Errors errors) {
		CurrentUser registrar = SipRegistration.registrar(uploader.userId(), depositor);
		LocalDate today = LocalDate.now(this.clock);
		Set<String> seen = new HashSet<>();
		for (SipFile f : files) {
			String eadPath = SipLayout.fileRecord(f.root());
			if (!seen.add(f.fileCode())) {
				errors.add(eadPath, "receipt.error.fileTwice", f.fileCode());
				continue;
			}
			SipRegistration.Opening opening = SipRegistration.opening(f, depositor.code());
			if (opening.problem() != null) {
				errors.add(eadPath, opening.problem(), opening.problemArgs());
				continue;
			}
			Problems problems = new Problems();
			this.fileIntake.check(opening.request(), opening.history(today), opening.documentDates(), registrar,
					problems);
			for (FieldProblem p : problems.list()) {
				errors.add(eadPath, "receipt.error.fileField", f.fileCode(), p.field(),
						this.texts.vi(p.code(), p.args().toArray()), this.texts.en(p.code(), p.args().toArray()));
			}
		}
	}

	/** The errors found so far, at most {@code luutru.receipt.max-errors} kept. */
	private final class Errors {

		private final List<ReceiptError> list = new ArrayList<>();

		private int more;

		void add(String path, String code, Object... args) {
			if (this.list.size() >= SipValidation.this.settings.maxErrors()) {
				this.more++;
				return;
			}
			this.list.add(new ReceiptError(path, SipValidation.this.texts.vi(code, args),
					SipValidation.this.texts.en(code, args)));
		}

		List<ReceiptError> list() {
			List<ReceiptError> all = new ArrayList<>(this.list);
			if (this.more > 0) {
				all.add(new ReceiptError(null, SipValidation.this.texts.vi("receipt.error.more", this.more),
						SipValidation.this.texts.en("receipt.error.more", this.more)));
			}
			return all;
		}

	}

}
