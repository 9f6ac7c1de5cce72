package vn.luutru.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

import org.apache.ibatis.cursor.Cursor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.file.DueAction;
import vn.luutru.file.FileStatus;
import vn.luutru.security.CurrentUsers;

/** Streams the files behind a figure into .xlsx, straight from a database cursor. */
@Service
class FileListExport {

	private final DashboardMapper mapper;

	private final MessageSource messages;

	private final Clock clock;

	FileListExport(DashboardMapper mapper, MessageSource messages, Clock clock) {
		this.mapper = mapper;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public void write(FileListQuery query, OutputStream out, Locale locale) throws IOException {
		String scope = (query.scope().agencyCode() != null)
				? text("web.list.agency", locale) + ": " + query.scope().agencyCode()
				: text("web.filter.province", locale);
		if (query.scope().year() != null) {
			scope += ", " + text("web.filter.year", locale) + " " + query.scope().year();
		}
		FileListWorkbook.Labels labels = new FileListWorkbook.Labels() {
			@Override
			public String status(FileStatus status) {
				return (status != null) ? text("web.status." + status.name(), locale) : "";
			}

			@Override
			public String action(DueAction action) {
				return (action != null) ? text("web.action." + action.name(), locale) : "";
			}
		};
		try (Cursor<FileRow> rows = this.mapper.streamFiles(query)) {
			FileListWorkbook.write(out, text("web.list.title", locale), scope, CurrentUsers.require().displayName(),
					LocalDateTime.now(this.clock), rows, labels);
		}
	}

	private String text(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
