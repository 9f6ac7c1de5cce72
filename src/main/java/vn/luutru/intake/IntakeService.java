package vn.luutru.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.ConflictException;
import vn.luutru.common.InvalidInputException;
import vn.luutru.common.NotFoundException;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;

/**
 * Receives intakes and shows them, within the uploader's agency: an officer of another
 * agency is answered 404, as for any record he may not see; managers see all.
 */
@Service
public class IntakeService {

	private static final int INSERT_BATCH = 500;

	private final IntakeUpload upload;

	private final IntakeMapper mapper;

	private final IntakeProcessStarter starter;

	private final AuditService audit;

	private final ObjectMapper json;

	private final Clock clock;

	IntakeService(IntakeUpload upload, IntakeMapper mapper, IntakeProcessStarter starter, AuditService audit,
			ObjectMapper json, Clock clock) {
		this.upload = upload;
		this.mapper = mapper;
		this.starter = starter;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CLERK','ARCHIVIST')")
	public long receive(MultipartFile zip) {
		CurrentUser user = CurrentUsers.require();
		if (user.agencyId() == null) {
			throw InvalidInputException.of("agencyCode", "error.userWithoutAgency");
		}
		IntakeUpload.Accepted accepted = this.upload.accept(zip);
		try {
			NewIntake intake = new NewIntake();
			intake.agencyId = user.agencyId();
			intake.status = IntakeStatus.VALIDATING;
			intake.schemaVersion = accepted.sheet().schema().code;
			intake.zipName = accepted.uploadName();
			intake.zipSize = zip.getSize();
			intake.spoolPath = accepted.dir().toString();
			intake.uploadedBy = user.userId();
			intake.uploadedAt = Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
			intake.totalRows = accepted.sheet().rows().size();
			this.mapper.insert(intake);
			List<IntakeRow> rows = accepted.sheet().rows();
			storeRows(intake.id, 1, 0, rows, (row) -> IntakeRowStatus.READ, (row) -> 1);
			this.mapper.insertRound(intake.id, new IntakeRound(1, IntakeRoundKind.ZIP, intake.zipName, intake.zipSize,
					intake.uploadedBy, intake.uploadedAt, rows.size(), 0, 0));
			this.mapper.linkProcess(intake.id, this.starter.start(intake.id, user.agencyCode()));
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("zipName", intake.zipName);
			details.put("rows", intake.totalRows);
			details.put("schemaVersion", intake.schemaVersion);
			this.audit.record(AuditAction.INTAKE_RECEIVED, "intake", String.valueOf(intake.id), user.agencyId(),
					details);
			return intake.id;
		}
		catch (RuntimeException ex) {
			IntakeUpload.discard(accepted.dir());
			throw ex;
		}
	}

	/**
	 * A corrected ZIP ({@code zip}) or sheet ({@code sheet}) sent back for an intake
	 * whose rows were refused, by an officer of its agency: it replaces the refused rows,
	 * its rows are checked again and the good ones captured in the same intake. A row
	 * whose content the intake already holds in a good or captured row is kept as
	 * REPEATED and never captured twice. Completes the clerk's task; refused (400,
	 * nothing kept) as the first upload is; 409 unless the intake waits for corrections.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('CLERK','ARCHIVIST')")
	public IntakeView resubmit(long id, MultipartFile zip, MultipartFile sheet) {
		CurrentUser user = CurrentUsers.require();
		Intake intake = (user.agencyId() != null) ? this.mapper.findVisible(id, user.agencyId()) : null;
		if (intake == null) {
			throw new NotFoundException("intake", id);
		}
		if ((zip == null) == (sheet == null)) {
			throw InvalidInputException.of("file", "intake.error.oneCorrection");
		}
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
		if (this.mapper.changeStatus(id, IntakeStatus.ROWS_REJECTED, IntakeStatus.VALIDATING, now) == 0) {
			throw new ConflictException("intake.conflict.notWaitingForCorrections", id, intake.status());
		}
		List<IntakeRound> rounds = this.mapper.findRounds(id);
		int round = rounds.get(rounds.size() - 1).roundNo() + 1;
		Path dir = Path.of(intake.spoolPath());
		Map<String, Integer> held = contentsHeld(dir, rounds);
		IntakeUpload.Accepted accepted = (zip != null) ? this.upload.acceptZipRound(zip, dir, round, held::containsKey)
				: this.upload.acceptSheetRound(sheet, dir, round, held::containsKey);
		try {
			Set<String> taken = new HashSet<>(this.mapper.findHeldContents(id));
			int replaced = this.mapper.supersedeRefused(id);
			List<IntakeRow> rows = accepted.sheet().rows();
			int repeated = (int) rows.stream().filter((r) -> taken.contains(r.contentName())).count();
			storeRows(id, round, this.mapper.lastRowNo(id), rows,
					(row) -> taken.contains(row.contentName()) ? IntakeRowStatus.REPEATED : IntakeRowStatus.READ,
					(row) -> accepted.entries().contains(row.contentName()) ? round
							: held.getOrDefault(row.contentName(), round));
			MultipartFile received = (zip != null) ? zip : sheet;
			this.mapper.insertRound(id,
					new IntakeRound(round, (zip != null) ? IntakeRoundKind.ZIP : IntakeRoundKind.SHEET,
							accepted.uploadName(), received.getSize(), user.userId(), now, rows.size(), repeated,
							replaced));
			this.mapper.addToTotal(id, rows.size() - repeated - replaced);
			this.starter.resubmitted(id);
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("round", round);
			details.put("uploadName", accepted.uploadName());
			details.put("rows", rows.size());
			details.put("repeated", repeated);
			details.put("replaced", replaced);
			this.audit.record(AuditAction.INTAKE_RESUBMITTED, "intake", String.valueOf(id), intake.agencyId(), details);
		}
		catch (RuntimeException ex) {
			if (accepted.zip() != null) {
				IntakeUpload.discardFile(accepted.zip());
			}
			throw ex;
		}
		return view(id);
	}

	/** Each content an earlier round's ZIP holds, with the latest such round. */
	private static Map<String, Integer> contentsHeld(Path dir, List<IntakeRound> rounds) {
		Map<String, Integer> held = new HashMap<>();
		for (IntakeRound r : rounds) {
			Path zip = dir.resolve(IntakeUpload.zipName(r.roundNo()));
			if (r.kind() == IntakeRoundKind.ZIP && Files.exists(zip)) {
				IntakeZip.entryNames(zip).forEach((name) -> held.put(name, r.roundNo()));
			}
		}
		return held;
	}

	private void storeRows(long intakeId, int round, int lastRowNo, List<IntakeRow> rows,
			Function<IntakeRow, IntakeRowStatus> status, ToIntFunction<IntakeRow> contentRound) {
		List<StoredRow> batch = new ArrayList<>();
		int rowNo = lastRowNo;
		for (IntakeRow row : rows) {
			rowNo = (round == 1) ? row.number() : rowNo + 1;
			batch.add(new StoredRow(intakeId, rowNo, status.apply(row), row.fileNotation(), row.contentName(),
					write(row.values()), null, null, null, null, round, row.number(), contentRound.applyAsInt(row)));
			if (batch.size() == INSERT_BATCH) {
				this.mapper.insertRows(batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			this.mapper.insertRows(batch);
		}
	}

	@Transactional(readOnly = true)
	public IntakeView view(long id) {
		Intake intake = visible(id);
		Map<IntakeRowStatus, Integer> counts = new EnumMap<>(IntakeRowStatus.class);
		for (IntakeRowStatus s : IntakeRowStatus.values()) {
			counts.put(s, 0);
		}
		this.mapper.countRows(id).forEach((c) -> counts.put(c.status(), c.count()));
		int captured = counts.get(IntakeRowStatus.CAPTURED);
		int failed = counts.get(IntakeRowStatus.FAILED);
		int waiting = counts.get(IntakeRowStatus.VALID);
		int valid = captured + failed + waiting;
		int percent = (valid == 0) ? ((intake.status() == IntakeStatus.CAPTURED) ? 100 : 0)
				: (int) ((captured + failed) * 100L / valid);
		Double rate = null;
		if (intake.captureStartedAt() != null && captured > 0) {
			Instant end = (intake.finishedAt() != null) ? intake.finishedAt() : Instant.now(this.clock);
			long millis = Math.max(1, Duration.between(intake.captureStartedAt(), end).toMillis());
			rate = Math.round(captured * 10_000.0 / millis) / 10.0;
		}
		int invalid = counts.get(IntakeRowStatus.INVALID);
		return new IntakeView(intake.id(), intake.agencyCode(), intake.status(), intake.schemaVersion(),
				intake.zipName(), intake.uploadedBy(), intake.uploadedAt(), intake.totalRows(), invalid, valid,
				captured, failed, waiting, this.mapper.countDuplicates(id), this.mapper.findDuplicateRows(id, 100),
				percent, rate, intake.captureStartedAt(), intake.finishedAt(),
				(invalid + failed > 0) ? "/api/v1/intakes/" + id + "/errors.xlsx" : null,
				counts.get(IntakeRowStatus.REPEATED), this.mapper.findRounds(id));
	}

	/** The latest intakes the user may see, newest first, with their progress. */
	@Transactional(readOnly = true)
	public List<IntakeView> latest(int limit) {
		return this.mapper.findLatest(CurrentUsers.require().visibleAgencyId(), limit)
			.stream()
			.map((id) -> view(id))
			.toList();
	}

	/** The rows refused, in the sheet's layout with the error column. */
	@Transactional(readOnly = true)
	public byte[] errorSheet(long id) {
		visible(id);
		List<IntakeWorkbook.RejectedRow> rows = new ArrayList<>();
		for (IntakeRowStatus status : List.of(IntakeRowStatus.INVALID, IntakeRowStatus.FAILED)) {
			for (StoredRow row : this.mapper.findRows(id, status, 0, Integer.MAX_VALUE)) {
				rows.add(new IntakeWorkbook.RejectedRow(read(row.rowValues()), row.errors()));
			}
		}
		return IntakeWorkbook.errors(rows);
	}

	private Intake visible(long id) {
		Intake intake = this.mapper.findVisible(id, CurrentUsers.require().visibleAgencyId());
		if (intake == null) {
			throw new NotFoundException("intake", id);
		}
		return intake;
	}

	String write(Map<IntakeColumn, String> values) {
		try {
			return this.json.writeValueAsString(values);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Map<IntakeColumn, String> read(String values) {
		try {
			Map<IntakeColumn, String> map = new EnumMap<>(IntakeColumn.class);
			map.putAll(this.json.readValue(values, new TypeReference<Map<IntakeColumn, String>>() {
			}));
			return map;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
