import java.sql.SQLException;

/**
 * Starts a sweep through the REST API as the admin, follows it to the end, checks what it
 * batched against what the seed made due, and counts Camunda's runtime rows; then waits
 * for the batches' list jobs. The "daily" step makes a day's worth of files fall due
 * after the backlog is batched, for the steady-state sweep.
 */
final class SweepMeasure {

	static final String[] RUNTIME = { "ACT_RU_EXECUTION", "ACT_RU_JOB", "ACT_RU_TASK", "ACT_RU_VARIABLE",
			"ACT_RU_EVENT_SUBSCR" };

	private SweepMeasure() {
	}

	static void sweep(Args a) throws Exception {
		Results results = new Results(a.path("results"));
		String label = a.opt("label", "backlog");
		LuuTruClient api = new LuuTruClient(a.str("base"));
		String[] admin = { a.str("admin-user"), a.str("admin-password") };
		long timeoutNanos = Long.parseLong(a.opt("timeout", "600")) * 1_000_000_000L;
		try (SweepDb db = new SweepDb(a)) {
			counts(db, results, label + ".before");
			SweepAuditProbe probe = new SweepAuditProbe(a);
			long t0 = System.nanoTime();
			String run = api.post("api/v1/retention/sweeps", admin, 202);
			long posted = System.nanoTime();
			String id = LuuTruClient.field(run, "id");
			System.out.printf("[%s] POST /api/v1/retention/sweeps -> sweep %s in %.0f ms%n", label, id, ms(posted - t0));
			long batched = -1;
			long done = -1;
			String status = run;
			int errors = 0;
			double slowest = 0;
			String firstError = null;
			while (done < 0) {
				if (System.nanoTime() - t0 > timeoutNanos) {
					throw new IllegalStateException("the sweep did not finish within the time-out: " + status);
				}
				Thread.sleep(100);
				long asked = System.nanoTime();
				try {
					status = api.get("api/v1/retention/sweeps/" + id, admin);
				}
				catch (IllegalStateException ex) {
					// The server answered with an error (e.g. no free database connection): note it,
					// keep following the sweep.
					errors++;
					firstError = (firstError != null) ? firstError : ex.getMessage();
					continue;
				}
				finally {
					slowest = Math.max(slowest, ms(System.nanoTime() - asked));
				}
				long now = System.nanoTime();
				boolean isDone = "DONE".equals(LuuTruClient.field(status, "status"));
				if (batched < 0 && (num(status, "batchesStarted") > 0 || isDone)) {
					batched = now;
					System.out.printf("[%s] batches committed after %.2f s: %s files in %s batches%n", label,
							(now - t0) / 1e9, LuuTruClient.field(status, "filesBatched"),
							LuuTruClient.field(status, "batchesStarted"));
				}
				if (isDone) {
					done = now;
				}
			}
			probe.close();
			results.put(label + ".auditHeadMaxWaitMs", probe.maxWaitMs());
			System.out.printf("[%s] an audited write waited up to %.0f ms for the audit chain's head while it ran%s%n",
					label, probe.maxWaitMs(), (probe.error() != null) ? " (probe failed: " + probe.error() + ")" : "");
			String pid = LuuTruClient.field(status, "processInstanceId");
			results.put(label + ".id", id);
			results.put(label + ".postMs", ms(posted - t0));
			results.put(label + ".batchedSeconds", (batched - t0) / 1e9);
			results.put(label + ".doneSeconds", (done - t0) / 1e9);
			results.put(label + ".filesBatched", num(status, "filesBatched"));
			results.put(label + ".batchesStarted", num(status, "batchesStarted"));
			results.put(label + ".filesWarned", num(status, "filesWarned"));
			results.put(label + ".overdueFiles", num(status, "overdueFiles"));
			results.put(label + ".pollErrors", errors);
			results.put(label + ".slowestPollMs", slowest);
			if (firstError != null) {
				System.out.printf("[%s] %d status requests failed while the sweep ran, e.g. %s%n", label, errors,
						firstError.length() > 200 ? firstError.substring(0, 200) : firstError);
			}
			for (String activity : new String[] { "Task_BatchDueFiles", "Task_WarnArchivists" }) {
				String ms = db.text("select DURATION_ from ACT_HI_ACTINST where PROC_INST_ID_ = '" + pid
						+ "' and ACT_ID_ = '" + activity + "'");
				results.put(label + ".activity." + activity + ".ms", (ms != null) ? ms : "-1");
			}
			verify(db, results, label);
			counts(db, results, label + ".after");
			System.out.printf("[%s] done after %.2f s; Task_BatchDueFiles %s ms, Task_WarnArchivists %s ms%n", label,
					(done - t0) / 1e9, results.strOrDash(label + ".activity.Task_BatchDueFiles.ms"),
					results.strOrDash(label + ".activity.Task_WarnArchivists.ms"));
			System.out.print(db.table("select HANDLER_TYPE_ as job_type, count(*) as jobs from ACT_RU_JOB "
					+ "group by HANDLER_TYPE_ order by HANDLER_TYPE_"));
			results.save();
			lists(a, db, results, label, id, t0, done);
		}
	}

	/** A day's worth of deadlines: N not yet due files fall due today, half of each action. */
	static void daily(Args a) throws Exception {
		Results results = new Results(a.path("results"));
		int n = a.num("files");
		String today = results.strOrDash("seed.asOf");
		String horizon = results.strOrDash("seed.transferHorizon");
		try (SweepDb db = new SweepDb(a)) {
			// A quiet server first: the earlier batches' list jobs (some wait out a lock
			// after the pool ran dry) would otherwise run during the daily sweep.
			long t = System.nanoTime();
			long quietTimeout = Long.parseLong(a.opt("quiet-timeout", "420")) * 1_000_000_000L;
			long pending;
			while ((pending = db.count("select count(*) from lt_batch where list_sha256 is null")) > 0
					&& System.nanoTime() - t < quietTimeout) {
				Thread.sleep(1000);
			}
			results.put("daily.quietWaitSeconds", (System.nanoTime() - t) / 1e9);
			System.out.printf("[daily] waited %.0f s for the earlier lists (%d still pending)%n",
					(System.nanoTime() - t) / 1e9, pending);
			long before = db.count("select count(*) from lt_record_file where due_on = '" + today + "' or due_on = '"
					+ horizon + "'");
			db.update("update lt_record_file set due_on = '" + today + "' where status = 'DEPOSITED' "
					+ "and batch_id is null and due_action = 'DESTRUCTION_REVIEW' and due_on > '" + today
					+ "' order by id limit " + (n / 2));
			db.update("update lt_record_file set due_on = '" + horizon + "' where status = 'DEPOSITED' "
					+ "and batch_id is null and due_action = 'TRANSFER' and due_on > '" + horizon + "' order by id limit "
					+ (n - n / 2));
			long due = db.count("select count(*) from lt_record_file where status = 'DEPOSITED' and batch_id is null "
					+ "and on_hold = false and ((due_action = 'TRANSFER' and due_on <= '" + horizon + "') "
					+ "or (due_action = 'DESTRUCTION_REVIEW' and due_on <= '" + today + "'))");
			long groups = db.count("select count(*) from (select distinct agency_id, due_action from lt_record_file "
					+ "where status = 'DEPOSITED' and batch_id is null and on_hold = false and ((due_action = 'TRANSFER' "
					+ "and due_on <= '" + horizon + "') or (due_action = 'DESTRUCTION_REVIEW' and due_on <= '" + today
					+ "'))) x");
			results.put("daily.files", due);
			results.put("daily.groups", groups);
			results.put("expected.files", results.longOrMinusOne("expected.files") + due);
			results.put("expected.batches", results.longOrMinusOne("expected.batches") + groups);
			results.save();
			System.out.printf("[daily] %,d files fall due today in %d groups (%,d had these dates before)%n", due, groups,
					before);
		}
	}

	/**
	 * What the sweep decided, right after it committed: the batches and their items (the
	 * files themselves are claimed by each batch's first step, checked by {@link #claims}).
	 */
	private static void verify(SweepDb db, Results results, String label) throws SQLException {
		long listed = db.count("select count(*) from lt_batch_item where status = 'INCLUDED'");
		long twice = db.count("select count(*) from (select file_id from lt_batch_item where status = 'INCLUDED' "
				+ "group by file_id having count(*) > 1) x");
		long left = db.count("select count(*) from lt_record_file f where f.status = 'DEPOSITED' and f.on_hold = false "
				+ "and f.batch_id is null and ((f.due_action = 'TRANSFER' and f.due_on <= '"
				+ results.strOrDash("seed.transferHorizon")
				+ "') or (f.due_action = 'DESTRUCTION_REVIEW' and f.due_on <= '" + results.strOrDash("seed.asOf")
				+ "')) and not exists (select 1 from lt_batch_item i where i.file_id = f.id and i.status = 'INCLUDED')");
		long batches = db.count("select count(*) from lt_batch");
		long items = db.count("select count(*) from lt_batch_item");
		long empty = db.count("select count(*) from lt_batch where file_count = 0 or process_instance_id is null");
		boolean ok = listed == results.longOrMinusOne("expected.files") && twice == 0 && left == 0
				&& batches == results.longOrMinusOne("expected.batches") && empty == 0;
		results.put(label + ".check.listedFiles", listed);
		results.put(label + ".check.filesInTwoBatches", twice);
		results.put(label + ".check.dueLeftUnbatched", left);
		results.put(label + ".count.lt_batch", batches);
		results.put(label + ".count.lt_batch_item", items);
		results.put(label + ".check.ok", ok);
		System.out.printf("[check] %,d files on the lists (expected %,d), %d batches (expected %d), %,d items, "
				+ "files on two lists %d, due files on no list %d, empty batches %d -> %s%n", listed,
				results.longOrMinusOne("expected.files"), batches, results.longOrMinusOne("expected.batches"), items,
				twice, left, empty, ok ? "OK" : "MISMATCH");
	}

	/** Once every batch's first step ran: every file on a list claimed by its batch. */
	private static void claims(SweepDb db, Results results, String label) throws SQLException {
		long claimed = db.count("select count(*) from lt_record_file where batch_id is not null");
		long listed = db.count("select count(*) from lt_batch_item where status = 'INCLUDED'");
		long mismatched = db.count("select count(*) from lt_batch_item i join lt_record_file f on f.id = i.file_id "
				+ "where i.status = 'INCLUDED' and (f.batch_id is null or f.batch_id <> i.batch_id)");
		long unclaimed = db.count("select count(*) from lt_batch where claimed_at is null");
		boolean ok = claimed == results.longOrMinusOne("expected.files") && listed == claimed && mismatched == 0
				&& unclaimed == 0;
		results.put(label + ".check.claimedFiles", claimed);
		results.put(label + ".check.itemsNotMatchingFile", mismatched);
		results.put(label + ".check.claimsOk", ok);
		System.out.printf("[check] after the lists: %,d files claimed (expected %,d), %,d on the lists, items not "
				+ "matching their file %d, batches not claimed %d -> %s%n", claimed,
				results.longOrMinusOne("expected.files"), listed, mismatched, unclaimed, ok ? "OK" : "MISMATCH");
	}

	static void counts(SweepDb db, Results results, String when) throws SQLException {
		StringBuilder line = new StringBuilder("[rows " + when + "]");
		for (String table : RUNTIME) {
			long n = db.count("select count(*) from " + table);
			results.put("runtime." + when + "." + table, n);
			line.append(' ').append(table).append('=').append(n);
		}
		System.out.println(line);
	}

	/** Waits until every batch has its list (the first async step of each batch process). */
	private static void lists(Args a, SweepDb db, Results results, String label, String sweepId,
			long posted, long sweepDone) throws Exception {
		long timeout = Long.parseLong(a.opt("lists-timeout", "480")) * 1_000_000_000L;
		long batches = db.count("select count(*) from lt_batch where sweep_id = " + sweepId);
		long pending = batches;
		long last = -1;
		while (pending > 0 && System.nanoTime() - sweepDone < timeout) {
			Thread.sleep(1000);
			pending = db.count("select count(*) from lt_batch where list_sha256 is null and sweep_id = " + sweepId);
			if (!results.has(label + ".claimedSeconds")
					&& db.count("select count(*) from lt_batch where claimed_at is null and sweep_id = " + sweepId) == 0) {
				// The claim and the list are one transaction: files are claimed when lists are.
				results.put(label + ".claimedSeconds", (System.nanoTime() - posted) / 1e9);
			}
			if (pending != last) {
				System.out.printf("[lists] %.0f s after the sweep: %d of %d lists still to build%n",
						(System.nanoTime() - sweepDone) / 1e9, pending, batches);
				last = pending;
			}
		}
		results.put(label + ".lists.pending", pending);
		results.put(label + ".lists.seconds", (System.nanoTime() - sweepDone) / 1e9);
		results.put(label + ".lists.failedJobs",
				db.count("select count(*) from ACT_RU_JOB where EXCEPTION_MSG_ is not null"));
		String window = db.text("select concat(timestampdiff(second, min(START_TIME_), max(END_TIME_)), ' s / ', "
				+ "sum(DURATION_) div 1000, ' s / ', max(DURATION_) div 1000, ' s') from ACT_HI_ACTINST where ACT_ID_ in "
				+ "('Task_BuildTransferList', 'Task_BuildDestructionList') and END_TIME_ is not null and PROC_INST_ID_ in ("
				+ db.text("select coalesce(group_concat(concat('''', process_instance_id, '''')), '''''') from lt_batch "
						+ "where sweep_id = " + sweepId) + ")");
		results.put(label + ".lists.windowSumMax", (window != null) ? window : "-");
		counts(db, results, label + ".lists");
		claims(db, results, label);
		results.save();
		String err = db.text("select EXCEPTION_MSG_ from ACT_RU_JOB where EXCEPTION_MSG_ is not null limit 1");
		if (err != null) {
			System.out.println("[lists] a failed job: " + (err.length() > 300 ? err.substring(0, 300) : err));
		}
	}

	private static long num(String json, String field) {
		String v = LuuTruClient.field(json, field);
		return (v == null) ? 0 : Long.parseLong(v);
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

}
