import java.util.Locale;

/** The figures of the run and whether the targets are met. */
final class SweepSummary {

	/** The target: the sweep finds and batches the due files within 10 s. */
	static final double TARGET_SECONDS = 10;

	private SweepSummary() {
	}

	static void print(Args a) throws Exception {
		Results r = new Results(a.path("results"));
		long agencies = r.longOrMinusOne("seed.agencies");
		StringBuilder out = new StringBuilder("\n== LuuTru retention sweep benchmark ==\n");
		line(out, "indexes", r.strOrDash("indexes") + (r.has("indexes.seconds")
				? String.format(Locale.ROOT, " (built in %.1f s after the seed)", r.realOrNaN("indexes.seconds"))
				: ""));
		line(out, "seed", String.format(Locale.ROOT, "%,d files, %d agencies in %.1f s (%,.0f rows/s; analyze %.1f s)",
				r.longOrMinusOne("seed.files"), agencies, r.realOrNaN("seed.seconds"),
				r.realOrNaN("seed.rowsPerSecond"), r.realOrNaN("seed.analyzeSeconds")));
		line(out, "due as of " + r.strOrDash("seed.asOf"), String.format(Locale.ROOT,
				"%,d files in %d (agency, action) groups (transfer horizon %s)", r.longOrMinusOne("seed.dueFiles"),
				r.longOrMinusOne("expected.groups"), r.strOrDash("seed.transferHorizon")));
		if (r.has("daily.files")) {
			line(out, "then, for the daily sweep", String.format(Locale.ROOT,
					"%,d more files fall due in %d groups (after %.0f s waiting for the backlog's lists)",
					r.longOrMinusOne("daily.files"), r.longOrMinusOne("daily.groups"),
					r.realOrNaN("daily.quietWaitSeconds")));
		}
		if (r.has("profile.findDueGroups.ms")) {
			out.append("\nProfile: the statements of one agency, replayed over JDBC and rolled back\n");
			for (String s : new String[] { "findDueGroups", "insertDueItems.destruction", "claimForBatch.destruction",
					"findUnclaimedItems.destruction", "insertDueItems.transfer", "claimForBatch.transfer",
					"findUnclaimedItems.transfer", "rollback" }) {
				if (!r.has("profile." + s + ".ms")) {
					continue;
				}
				line(out, "  " + s, String.format(Locale.ROOT, "%8.0f ms %,9d rows",
						r.realOrNaN("profile." + s + ".ms"), r.longOrMinusOne("profile." + s + ".rows")));
			}
		}
		boolean fast = true;
		boolean bounded = true;
		boolean ok = true;
		for (String label : new String[] { "backlog", "daily" }) {
			if (!r.has(label + ".id")) {
				continue;
			}
			long batches = r.longOrMinusOne(label + ".batchesStarted");
			out.append(String.format(Locale.ROOT, "%nSweep \"%s\" (sweep #%s)%n", label, r.strOrDash(label + ".id")));
			line(out, "POST -> batches committed", String.format(Locale.ROOT,
					"%.2f s (batches, their items and processes; the files are claimed by each list step)",
					r.realOrNaN(label + ".batchedSeconds")));
			line(out, "  of which Task_BatchDueFiles", r.strOrDash(label + ".activity.Task_BatchDueFiles.ms")
					+ " ms (its activity in Camunda's history, before the commit)");
			line(out, "POST -> DONE", String.format(Locale.ROOT, "%.2f s (Task_WarnArchivists %s ms)",
					r.realOrNaN(label + ".doneSeconds"), r.strOrDash(label + ".activity.Task_WarnArchivists.ms")));
			line(out, "status requests while it ran", String.format(Locale.ROOT, "%s failed, slowest %.0f ms",
					r.strOrDash(label + ".pollErrors"), r.realOrNaN(label + ".slowestPollMs")));
			line(out, "longest wait for the audit head (writers)", String.format(Locale.ROOT, "%.0f ms",
					r.realOrNaN(label + ".auditHeadMaxWaitMs")));
			line(out, "files batched / batches", String.format(Locale.ROOT, "%,d / %d (lt_batch %d, lt_batch_item %,d)",
					r.longOrMinusOne(label + ".filesBatched"), batches, r.longOrMinusOne(label + ".count.lt_batch"),
					r.longOrMinusOne(label + ".count.lt_batch_item")));
			line(out, "check of the lists", "files on two lists " + r.strOrDash(label + ".check.filesInTwoBatches")
					+ ", due files on no list " + r.strOrDash(label + ".check.dueLeftUnbatched") + " -> "
					+ ("true".equals(r.strOrDash(label + ".check.ok")) ? "OK" : "MISMATCH"));
			if (r.has(label + ".check.claimsOk")) {
				line(out, "check of the claims", r.strOrDash(label + ".check.claimedFiles")
						+ " files claimed, items not matching their file "
						+ r.strOrDash(label + ".check.itemsNotMatchingFile") + " -> "
						+ ("true".equals(r.strOrDash(label + ".check.claimsOk")) ? "OK" : "MISMATCH"));
			}
			if (r.has(label + ".claimedSeconds")) {
				line(out, "POST -> every file claimed (lists built)", String.format(Locale.ROOT, "%.0f s (+-1 s)",
						r.realOrNaN(label + ".claimedSeconds")));
			}
			for (String when : new String[] { "before", "after", "lists" }) {
				if (!r.has("runtime." + label + "." + when + ".ACT_RU_JOB")) {
					continue;
				}
				StringBuilder rows = new StringBuilder();
				for (String t : SweepMeasure.RUNTIME) {
					rows.append(t.substring(7).toLowerCase(Locale.ROOT))
						.append(' ')
						.append(r.strOrDash("runtime." + label + "." + when + "." + t))
						.append("  ");
				}
				line(out, "runtime rows " + when, rows.toString().trim());
			}
			if (r.has(label + ".lists.seconds")) {
				line(out, "lists built", String.format(Locale.ROOT,
						"%.0f s after DONE (pending %s, failed jobs %s); list steps first start to last end / sum / max: %s",
						r.realOrNaN(label + ".lists.seconds"), r.strOrDash(label + ".lists.pending"),
						r.strOrDash(label + ".lists.failedJobs"), r.strOrDash(label + ".lists.windowSumMax")));
			}
			fast &= r.realOrNaN(label + ".batchedSeconds") < TARGET_SECONDS;
			long growth = 0;
			for (String t : new String[] { "ACT_RU_EXECUTION", "ACT_RU_JOB", "ACT_RU_TASK" }) {
				long end = Math.max(r.longOrMinusOne("runtime." + label + ".lists." + t),
						r.longOrMinusOne("runtime." + label + ".after." + t));
				growth += end - r.longOrMinusOne("runtime." + label + ".before." + t);
			}
			r.put(label + ".growth", growth);
			// A few rows per batch process and per agency warned; nothing per file.
			bounded &= growth <= 10 * (batches + agencies)
					&& growth < Math.max(1, r.longOrMinusOne(label + ".filesBatched"));
			ok &= "true".equals(r.strOrDash(label + ".check.ok"))
					&& !"false".equals(r.strOrDash(label + ".check.claimsOk"));
		}
		out.append("\nTargets\n");
		for (String label : new String[] { "backlog", "daily" }) {
			if (r.has(label + ".id")) {
				double s = r.realOrNaN(label + ".batchedSeconds");
				line(out, "finds and batches the due files < 10 s", String.format(Locale.ROOT, "%s: %,d files in %.2f s -> %s",
						label, r.longOrMinusOne(label + ".filesBatched"), s,
						(s < TARGET_SECONDS) ? "MET" : "MISSED"));
			}
		}
		for (String label : new String[] { "backlog", "daily" }) {
			if (r.has(label + ".id")) {
				long batches = r.longOrMinusOne(label + ".batchesStarted");
				long growth = r.longOrMinusOne(label + ".growth");
				line(out, "runtime rows grow with batches, not files", String.format(Locale.ROOT,
						"%s: +%d execution/job/task rows for %d batches, %,d files (%.1f per batch)", label, growth,
						batches, r.longOrMinusOne(label + ".filesBatched"),
						(batches > 0) ? (double) growth / batches : 0.0));
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
