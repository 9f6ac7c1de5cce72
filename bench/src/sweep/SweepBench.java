import java.net.ServerSocket;
import java.time.Duration;

/**
 * The client side of bench/sweep.sh. One step per call, so the script can start and stop
 * the server in between:
 *
 * <pre>
 * free-port                       print a free TCP port
 * wait     --base URL --pid PID   wait until the server answers (or has died)
 * seed     ...                    agencies and record files straight into the database
 * explain  ...                    EXPLAIN of the sweep's statements on the seeded data
 * profile  ...                    the sweep's statements for one agency, timed, rolled back
 * sweep    ...                    POST a sweep, follow it, check it, count runtime rows, wait for the lists
 * daily    --files N ...          make N more files fall due today (the steady-state sweep)
 * summary  ...                    print the figures and the targets
 * </pre>
 *
 * Figures go to a properties file (--results) that the summary reads.
 */
public final class SweepBench {

	private SweepBench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			throw new IllegalArgumentException("usage: SweepBench free-port|wait|seed|explain|profile|sweep|daily|summary ...");
		}
		Args a = new Args(args, 1);
		try {
			switch (args[0]) {
				case "free-port" -> {
					try (ServerSocket s = new ServerSocket(0)) {
						System.out.println(s.getLocalPort());
					}
				}
				case "wait" -> LuuTruClient.waitUntilUp(a.str("base"), Long.parseLong(a.str("pid")),
						Duration.ofSeconds(Long.parseLong(a.opt("timeout", "240"))));
				case "seed" -> SweepSeed.run(a);
				case "explain" -> SweepExplain.run(a);
				case "profile" -> SweepProfile.run(a);
				case "sweep" -> SweepMeasure.sweep(a);
				case "daily" -> SweepMeasure.daily(a);
				case "summary" -> SweepSummary.print(a);
				default -> throw new IllegalArgumentException("unknown step " + args[0]);
			}
		}
		catch (Exception ex) {
			System.err.println("[sweep-bench] FAILED in " + args[0] + ": " + ex);
			System.exit(1);
		}
	}

}
