import java.util.Locale;

/** The figures of the run and whether the targets are met. */
final class SweepSummary {

	/** The target: the sweep finds and batches the due files within 10 s. */
	static final double TARGET_SECONDS = 10;

	private SweepSummary() {
	}

	static void print(Args a) throws Exception {
		SweepResults r = new SweepResults(a.str("results"));
		long agencies = r.num("seed.agencies");
		StringBuilder out = new StringBuilder("\n== LuuTru retention sweep benchmark ==\n");
		line(out, "indexes", r.str("indexes") + (r.has("indexes.seconds")
				? String.format(Locale.ROOT, " (built in %.1f s after the seed)", r.real("indexes.seconds")) : ""));
		line(out, "seed", String.format(Locale.ROOT, "%,d files, %d agencies in %.1f s (%,.0f rows/s; analyze %.1f s)",
				r.num("seed.files"), agencies, r.real("seed.seconds"), r.real("seed.rowsPerSecond"),
				r.real("seed.analyzeSeconds")));
		line(out, "due as of " + r.str("seed.asOf"), String.format(Locale.ROOT,
				"%,d files in %d (agency, action) groups (transfer horizon %s)", r.num("seed.dueFiles"),
				r.num("expected.groups"), r.str("seed.transferHorizon")));
		if (r.has("daily.files")) {
			line(out, "then, for the daily sweep", String.format(Locale.ROOT,
					"%,d more files fall due in %d groups (after %.0f s waiting for the backlog's lists)",
					r.num("daily.files"), r.num("daily.groups"), r.real("daily.quietWaitSeconds")));
		}
		if (r.has("profile.findDueGroups.ms")) {
			out.append("\nProfile: the statements of one agency, replayed over JDBC and rolled back\n");
			for (String s : new String[] { "findDueGroups", "insertDueItems.destruction", "claimForBatch.destruction",
					"findUnclaimedItems.destruction", "insertDueItems.transfer", "claimForBatch.transfer",
					"findUnclaimedItems.transfer", "rollback" }) {
				if (!r.has("profile." + s + ".ms")) {
					continue;
				}
				line(out, "  " + s, String.format(Locale.ROOT, "%8.0f ms %,9d rows", r.real("profile." + s + ".ms"),
						r.num("profile." + s + ".rows")));
			}
		}
		boolean fast = true;
		boolean bounded = true;
		boolean ok = true;
		for (String label : new String[] { "backlog", "daily" }) {
			if (!r.has(label + ".id")) {
				continue;
			}
			long batches = r.num(label + ".batchesStarted");
			out.append(String.format(Locale.ROOT, "%nSweep \"%s\" (sweep #%s)%n", label, r.str(label + ".id")));
			line(out, "POST -> batches committed", String.format(Locale.ROOT,
					"%.2f s (batches, their items and processes; the files are claimed by each list step)",
					r.real(label + ".batchedSeconds")));
			line(out, "  of which Task_BatchDueFiles", r.str(label + ".activity.Task_BatchDueFiles.ms")
					+ " ms (its activity in Camunda's history, before the commit)");
			line(out, "POST -> DONE", String.format(Locale.ROOT, "%.2f s (Task_WarnArchivists %s ms)",
					r.real(label + ".doneSeconds"), r.str(label + ".activity.Task_WarnArchivists.ms")));
			line(out, "status requests while it ran", String.format(Locale.ROOT, "%s failed, slowest %.0f ms",
					r.str(label + ".pollErrors"), r.real(label + ".slowestPollMs")));
			line(out, "longest wait for the audit head (writers)", String.format(Locale.ROOT, "%.0f ms",
					r.real(label + ".auditHeadMaxWaitMs")));
			line(out, "files batched / batches", String.format(Locale.ROOT, "%,d / %d (lt_batch %d, lt_batch_item %,d)",
					r.num(label + ".filesBatched"), batches, r.num(label + ".count.lt_batch"),
					r.num(label + ".count.lt_batch_item")));
			line(out, "check of the lists", "files on two lists " + r.str(label + ".check.filesInTwoBatches")
					+ ", due files on no list " + r.str(label + ".check.dueLeftUnbatched") + " -> "
					+ ("true".equals(r.str(label + ".check.ok")) ? "OK" : "MISMATCH"));
			if (r.has(label + ".check.claimsOk")) {
				line(out, "check of the claims", r.str(label + ".check.claimedFiles") + " files claimed, items not "
						+ "matching their file " + r.str(label + ".check.itemsNotMatchingFile") + " -> "
						+ ("true".equals(r.str(label + ".check.claimsOk")) ? "OK" : "MISMATCH"));
			}
			if (r.has(label + ".claimedSeconds")) {
				line(out, "POST -> every file claimed (lists built)", String.format(Locale.ROOT, "%.0f s (+-1 s)",
						r.real(label + ".claimedSeconds")));
			}
			for (String when : new String[] { "before", "after", "lists" }) {
				if (!r.has("runtime." + label + "." + when + ".ACT_RU_JOB")) {
					continue;
				}
				StringBuilder rows = new StringBuilder();
				for (String t : SweepMeasure.RUNTIME) {
					rows.append(t.substring(7).toLowerCase(Locale.ROOT))
						.append(' ')
						.append(r.str("runtime." + label + "." + when + "." + t))
						.append("  ");
				}
				line(out, "runtime rows " + when, rows.toString().trim());
			}
			if (r.has(label + ".lists.seconds")) {
				line(out, "lists built", String.format(Locale.ROOT,
						"%.0f s after DONE (pending %s, failed jobs %s); list steps first start to last end / sum / max: %s",
						r.real(label + ".lists.seconds"), r.str(label + ".lists.pending"),
						r.str(label + ".lists.failedJobs"), r.str(label + ".lists.windowSumMax")));
			}
			fast &= r.real(label + ".batchedSeconds") < TARGET_SECONDS;
			long growth = 0;
			for (String t : new String[] { "ACT_RU_EXECUTION", "ACT_RU_JOB", "ACT_RU_TASK" }) {
				long end = Math.max(r.num("runtime." + label + ".lists." + t), r.num("runtime." + label + ".after." + t));
				growth += end - r.num("runtime." + label + ".before." + t);
			}
			r.put(label + ".growth", growth);
			// A few rows per batch process and per agency warned; nothing per file.
			bounded &= growth <= 10 * (batches + agencies) && growth < Math.max(1, r.num(label + ".filesBatched"));
			ok &= "true".equals(r.str(label + ".check.ok")) && !"false".equals(r.str(label + ".check.claimsOk"));
		}
		out.append("\nTargets\n");
		for (String label : new String[] { "backlog", "daily" }) {
			if (r.has(label + ".id")) {
				double s = r.real(label + ".batchedSeconds");
				line(out, "finds and batches the due files < 10 s", String.format(Locale.ROOT, "%s: %,d files in %.2f s -> %s",
						label, r.num(label + ".filesBatched"), s, (s < TARGET_SECONDS) ? "MET" : "MISSED"));
			}
		}
		for (String label : new String[] { "backlog", "daily" }) {
			if (r.has(label + ".id")) {
				long batches = r.num(label + ".batchesStarted");
				long growth = r.num(label + ".growth");
				line(out, "runtime rows grow with batches, not files", String.format(Locale.ROOT,
						"%s: +%d execution/job/task rows for %d batches, %,d files (%.1f per batch)", label, growth,
						batches, r.num(label + ".filesBatched"), (batches > 0) ? (double) growth / batches : 0.0));
			}
		}
		line(out, "  -> ", bounded ? "MET" : "MISSED");
		line(out, "every due file in exactly one batch", ok ? "MET" : "MISSED");
		System.out.print(out);
	}

	private static void line(StringBuilder out, String label, String value) {
		out.append(String.format(Locale.ROOT, "  %-44s %s%n", label, value));
	}

}
