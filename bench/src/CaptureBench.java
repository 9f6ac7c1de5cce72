import java.net.ServerSocket;
import java.time.Duration;

/**
 * The client side of bench/capture.sh. One step per call, so the script can start and
 * stop the server in between:
 *
 * <pre>
 * free-port                       print a free TCP port
 * wait     --base URL --pid PID   wait until the server answers (or has died)
 * upload   ...                    set up, then upload through the REST API (--part api or
 *                                 base); with --bare true --part ceiling the same uploads to
 *                                 the bare endpoint (capture/BareCapture)
 * big      ...                    one large document streamed from disk
 * summary  ...                    print the table and the targets
 * jfc      --out FILE             write the Flight Recorder settings for --profile
 * profile  ...                    where the server's time went, from its JFR file
 * </pre>
 *
 * Figures go to a properties file (--results) that the summary reads.
 */
public final class CaptureBench {

	private CaptureBench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			throw new IllegalArgumentException("usage: CaptureBench free-port|wait|upload|big|summary ...");
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
				case "upload" -> ApiUpload.run(a);
				case "big" -> BigUpload.run(a);
				case "summary" -> Summary.print(a);
				case "jfc" -> Profile.writeSettings(a);
				case "profile" -> Profile.print(a);
				default -> throw new IllegalArgumentException("unknown step " + args[0]);
			}
		}
		catch (Exception ex) {
			System.err.println("[bench] FAILED in " + args[0] + ": " + ex);
			System.exit(1);
		}
	}

}
