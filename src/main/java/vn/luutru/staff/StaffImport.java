package vn.luutru.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.luutru.agency.Agency;
import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.InvalidInputException;
import vn.luutru.common.Problems;
import vn.luutru.common.UploadedWorkbook;
import vn.luutru.security.CurrentUsers;

/**
 * Loads an agency's staff list from Excel ({@link StaffSheet}): the sheet is the whole
 * list and replaces the one kept. Every row is checked before anything is written, in one
 * transaction: a sheet with one bad cell changes nothing, and its answer names every bad
 * cell by row.
 */
@Service
public class StaffImport {

	static final int MAX_ROWS = 2000;

	static final long MAX_BYTES = 5L * 1024 * 1024;

	private static final UploadedWorkbook UPLOAD = new UploadedWorkbook(MAX_BYTES, MAX_ROWS, "staff.error.tooLarge",
			"staff.error.notWorkbook", "staff.error.tooManyRows");

	private final StaffMapper mapper;

	private final StaffAccess access;

	private final StaffService staff;

	private final AuditService audit;

	StaffImport(StaffMapper mapper, StaffAccess access, StaffService staff, AuditService audit) {
		this.mapper = mapper;
		this.access = access;
		this.staff = staff;
		this.audit = audit;
	}

	/** What an import left: how many members, how many of them trained. */
	public record Result(int imported, int trained) {

	}

	@Transactional
	public Result importWorkbook(long agencyId, MultipartFile file) {
		Agency agency = this.access.writable(agencyId);
		Problems problems = new Problems();
		List<StaffSheet.Line> lines = read(file, problems);
		String user = CurrentUsers.require().userId();
		List<Staff> members = new ArrayList<>();
		for (StaffSheet.Line line : lines) {
			members.add(StaffCheck.check(line.request(), agency.id(), user, this.staff.today(), this.staff.now(),
					line.prefix(), problems));
		}
		problems.throwIfAny();
		this.mapper.deleteByAgency(agency.id());
		members.forEach((m) -> this.mapper.insert(new StaffRow(m)));
		Result result = new Result(members.size(), (int) members.stream().filter((m) -> m.trainedOn() != null).count());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("fileName", file.getOriginalFilename());
		details.put("imported", result.imported());
		details.put("trained", result.trained());
		this.audit.record(AuditAction.STAFF_IMPORTED, StaffService.ENTITY, agency.code(), agency.id(), details);
		return result;
	}

	private static List<StaffSheet.Line> read(MultipartFile file, Problems problems) {
		// +1: the header row.
		try (Workbook workbook = UPLOAD.open(file, 1)) {
			if (workbook.getNumberOfSheets() == 0) {
				throw InvalidInputException.of("file", "staff.error.noRows");
			}
			List<StaffSheet.Line> lines = StaffSheet.read(workbook.getSheetAt(0), problems);
			if (lines.isEmpty()) {
				throw InvalidInputException.of("file", "staff.error.noRows");
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
