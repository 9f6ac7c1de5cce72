import java.util.Locale;

/** Prints the figures of a run as a table and checks them against the targets. */
final class Summary {

	static final double TARGET_DOCS_PER_SEC = 200;

	static final double TARGET_SHARE = 0.5;

	static final double TARGET_BIG_HEAP_MB = 256;

	/** Heap growth over idle allowed while a 1 GB upload streams in. */
	static final double TARGET_BIG_GROWTH_MB = 32;

	/** LuuTru's server CPU per document as a share of the baseline commit's. */
	static final double TARGET_CPU_SHARE = 0.5;

	private Summary() {
	}

	static void print(Args a) throws Exception {
		Results r = new Results(a.path("results"));
		int sizeKb = a.num("size-kb");
		int clients = a.num("clients");
		String xmx = a.str("xmx-mb");
		System.out.printf("%nLuuTru capture benchmark: %d documents of %d KB, %d clients (warm-up %d not counted)%n%n",
				a.num("docs"), sizeKb, clients, a.num("warmup"));
		System.out.printf("%-8s | %9s | %6s | %6s | %6s | %13s | %10s | %10s | %9s | %8s%n", "db", "docs/s", "MB/s",
				"p50 ms", "p95 ms", "peak heap MB", "server CPU", "db CPU", "ceiling", "share of");
		System.out.printf("%-8s | %9s | %6s | %6s | %6s | %13s | %10s | %10s | %9s | %8s%n", "", "(LuuTru)", "", "",
				"", "(of -Xmx)", "ms/doc", "ms/doc", "docs/s", "ceiling");
		System.out.println("-".repeat(112));
		for (String db : a.str("dbs").split(",")) {
			String p = db + ".api.";
			if (!r.has(p + "docsPerSec")) {
				continue;
			}
			double share = r.realOrNaN(p + "docsPerSec") / r.realOrNaN(db + ".ceiling.docsPerSec");
			System.out.printf(Locale.ROOT, "%-8s | %9.1f | %6.1f | %6.1f | %6.1f | %6.0f / %-4s | %10.2f | %10s | %9.1f | %7.1f%%%n",
					db, r.realOrNaN(p + "docsPerSec"), r.realOrNaN(p + "mbPerSec"), r.realOrNaN(p + "p50ms"),
					r.realOrNaN(p + "p95ms"), r.realOrNaN(p + "peakHeapMb"), xmx, r.realOrNaN(p + "serverCpuMsPerDoc"),
					r.has(p + "dbCpuMsPerDoc") ? String.format(Locale.ROOT, "%.2f", r.realOrNaN(p + "dbCpuMsPerDoc"))
							: "-",
					r.realOrNaN(db + ".ceiling.docsPerSec"), 100 * share);
		}
		for (String db : a.str("dbs").split(",")) {
			for (String part : new String[] { "ceiling", "base" }) {
				String p = db + "." + part + ".";
				if (r.has(p + "docsPerSec")) {
					System.out.printf(Locale.ROOT,
							"%-8s   %-8s %9.1f docs/s, p50 %.1f ms, p95 %.1f ms, server CPU %.2f ms/doc, client %.2f ms/doc%n",
							db, part.equals("ceiling") ? "bare" : r.strOrNull("base.commit"),
							r.realOrNaN(p + "docsPerSec"), r.realOrNaN(p + "p50ms"), r.realOrNaN(p + "p95ms"),
							r.realOrNaN(p + "serverCpuMsPerDoc"), r.realOrNaN(p + "clientCpuMsPerDoc"));
				}
			}
		}
		for (String db : a.str("dbs").split(",")) {
			if (r.has(db + ".db.QuestionsPerDoc")) {
				StringBuilder sb = new StringBuilder();
				for (String name : DbStatus.COUNTERS) {
					if (r.has(db + ".db." + name + "PerDoc")) {
						sb.append(String.format(Locale.ROOT, " %s %.1f,", name,
								r.realOrNaN(db + ".db." + name + "PerDoc")));
					}
				}
				System.out.printf("%nDatabase work per captured document (%s, SHOW GLOBAL STATUS):%s%n", db,
						sb.substring(0, sb.length() - 1));
			}
		}
		for (String db : a.str("dbs").split(",")) {
			String p = db + ".api.";
			if (r.has(p + "machineCpuUse")) {
				System.out.printf(Locale.ROOT,
						"CPU during the %s round: machine %.0f%% busy; per document: server %.1f ms, client %.1f ms,"
								+ " database %s ms, everything else %.1f ms, steal %.1f ms%n",
						db, 100 * r.realOrNaN(p + "machineCpuUse"), r.realOrNaN(p + "serverCpuMsPerDoc"),
						r.realOrNaN(p + "clientCpuMsPerDoc"),
						r.has(p + "dbCpuMsPerDoc") ? String.format(Locale.ROOT, "%.1f", r.realOrNaN(p + "dbCpuMsPerDoc"))
								: "(in the server)",
						r.realOrNaN(p + "otherCpuMsPerDoc"), r.realOrNaN(p + "stealMsPerDoc"));
			}
		}
		if (r.has("big.status")) {
			String afterGc = (r.realOrNaN("big.maxAfterGcMb") > 0)
					? String.format(Locale.ROOT, "largest heap after a GC %.0f MB", r.realOrNaN("big.maxAfterGcMb"))
					: "no GC during the upload";
			System.out.printf(Locale.ROOT,
					"%nBig upload: %.2f GB into %s: HTTP %s in %.1f s = %.1f MB/s; server peak heap %.0f MB,"
							+ " %s, idle %.0f MB after a full GC, growth over idle %.0f MB (-Xmx%sm), server CPU %.1f s%n",
					r.realOrNaN("big.bytes") / 1073741824.0, r.strOrNull("big.db"), r.strOrNull("big.status"),
					r.realOrNaN("big.seconds"), r.realOrNaN("big.mbPerSec"), r.realOrNaN("big.peakHeapMb"), afterGc,
					r.realOrNaN("big.idleHeapMb"), r.realOrNaN("big.heapGrowthMb"), r.strOrNull("big.xmxMb"),
					r.realOrNaN("big.serverCpuSeconds"));
		}
		targets(r, sizeKb, clients);
	}

	private static void targets(Results r, int sizeKb, int clients) {
		System.out.println();
		System.out.println("Targets (2-core machine, local MariaDB, 4 clients, 100 KB PDFs):");
		if (sizeKb != 100 || clients != 4) {
			System.out.printf("  (this run used %d KB and %d clients: the figures below are indicative only)%n", sizeKb,
					clients);
		}
		if (r.has("mariadb.api.docsPerSec")) {
			double rate = r.realOrNaN("mariadb.api.docsPerSec");
			double share = rate / r.realOrNaN("mariadb.ceiling.docsPerSec");
			System.out.printf(Locale.ROOT, "  >= %.0f documents/s on MariaDB ......... %8.1f docs/s  %s%n",
					TARGET_DOCS_PER_SEC, rate, verdict(rate >= TARGET_DOCS_PER_SEC));
			System.out.printf(Locale.ROOT, "  >= %.0f%% of the bare endpoint's rate .... %8.1f %%       %s%n",
					100 * TARGET_SHARE, 100 * share, verdict(share >= TARGET_SHARE));
			if (r.has("mariadb.base.serverCpuMsPerDoc")) {
				double cpu = r.realOrNaN("mariadb.api.serverCpuMsPerDoc")
						/ r.realOrNaN("mariadb.base.serverCpuMsPerDoc");
				System.out.printf(Locale.ROOT, "  server CPU/doc <= %.0f%% of %s's ......... %8.1f %%       %s%n",
						100 * TARGET_CPU_SHARE, r.strOrNull("base.commit"), 100 * cpu, verdict(cpu <= TARGET_CPU_SHARE));
			}
			else {
				System.out.println("  server CPU/doc against the base commit: not measured (--base none)");
			}
		}
		else {
			System.out.println("  documents/s and share of ceiling: not measured (MariaDB not in this run)");
		}
		if (r.has("big.status") && r.realOrNaN("big.bytes") < 1073741824.0) {
			System.out.printf(Locale.ROOT, "  1 GB upload: not measured (this run uploaded %.2f GB)%n",
					r.realOrNaN("big.bytes") / 1073741824.0);
		}
		else if (r.has("big.status")) {
			boolean ok = "201".equals(r.strOrNull("big.status")) && r.realOrNaN("big.peakHeapMb") < TARGET_BIG_HEAP_MB;
			System.out.printf(Locale.ROOT, "  1 GB upload completes, heap < %.0f MB ... %8.0f MB      %s%n",
					TARGET_BIG_HEAP_MB, r.realOrNaN("big.peakHeapMb"), verdict(ok));
			double growth = r.realOrNaN("big.heapGrowthMb");
			System.out.printf(Locale.ROOT, "  1 GB upload grows the heap < %.0f MB .... %8.0f MB      %s%n",
					TARGET_BIG_GROWTH_MB, growth, verdict(growth < TARGET_BIG_GROWTH_MB));
		}
		else {
			System.out.println("  1 GB upload: not measured (--big-gb 0)");
		}
	}

	private static String verdict(boolean met) {
		return met ? "MET" : "MISSED";
	}

}
