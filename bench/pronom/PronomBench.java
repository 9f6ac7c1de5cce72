import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import vn.luutru.content.PronomIdentifier;
import vn.luutru.content.PronomSettings;

/**
 * PRONOM identification cost per document against a baseline measured in the same run on
 * the same files: one streaming SHA-256 pass over each (what capture does to every upload
 * anyway). Writes N PDFs of SIZE_KB (BenchPdf), warms both up, then times rounds of each
 * alternately and prints the medians. Then identifies one big PDF under the small heap the
 * script gives the JVM, which fails if identification read the whole file into memory.
 *
 * <pre>
 * java -Xmx64m -cp ... PronomBench DIR DOCS SIZE_KB BIG_MB
 * </pre>
 */
public final class PronomBench {

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		int docs = Integer.parseInt(args[1]);
		int sizeKb = Integer.parseInt(args[2]);
		int bigMb = Integer.parseInt(args[3]);
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < docs; i++) {
			Path file = dir.resolve("doc-" + i + ".pdf");
			Files.write(file, BenchPdf.bytes(42, i, sizeKb * 1024));
			files.add(file);
		}
		long t0 = System.nanoTime();
		PronomIdentifier pronom = new PronomIdentifier(PronomSettings.defaults());
		String first = pronom.identify(files.get(0), "doc.pdf");
		System.out.printf("signatures V%s parsed, first identification %s, in %.1f s%n", pronom.signatureVersion(),
				first, (System.nanoTime() - t0) / 1e9);

		for (int warm = 0; warm < 3; warm++) {
			identifyAll(pronom, files);
			hashAll(files);
		}
		List<Double> identify = new ArrayList<>();
		List<Double> hash = new ArrayList<>();
		for (int round = 0; round < 5; round++) {
			identify.add(identifyAll(pronom, files) / docs);
			hash.add(hashAll(files) / docs);
		}
		double id = median(identify);
		double sha = median(hash);
		System.out.printf("per document of %d KB: identification %.3f ms, SHA-256 pass %.3f ms, ratio %.2f "
				+ "(medians of 5 rounds of %d documents)%n", sizeKb, id, sha, id / sha, docs);

		if (bigMb > 0) {
			Path big = dir.resolve("big.pdf");
			try (OutputStream out = Files.newOutputStream(big)) {
				BenchPdf.write(out, 43, 0, bigMb * 1024L * 1024L);
			}
			Runtime rt = Runtime.getRuntime();
			System.gc();
			long before = rt.totalMemory() - rt.freeMemory();
			long start = System.nanoTime();
			String puid = pronom.identify(big, "big.pdf");
			double seconds = (System.nanoTime() - start) / 1e9;
			long peak = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter((p) -> p.getType() == java.lang.management.MemoryType.HEAP)
				.mapToLong((p) -> p.getPeakUsage().getUsed())
				.sum();
			System.out.printf("big PDF of %d MB: %s in %.2f s; heap used before %.1f MB, peak of the pools %.1f MB, "
					+ "max heap %.0f MB%n", bigMb, puid, seconds, before / 1e6, peak / 1e6, rt.maxMemory() / 1e6);
			Files.delete(big);
		}
	}

	private static double identifyAll(PronomIdentifier pronom, List<Path> files) throws IOException {
		long start = System.nanoTime();
		for (Path file : files) {
			if (!"fmt/276".equals(pronom.identify(file, "doc.pdf")) && files.indexOf(file) == 0) {
				System.out.println("note: the bench PDF identifies as " + pronom.identify(file, "doc.pdf"));
			}
		}
		return (System.nanoTime() - start) / 1e6;
	}

	private static double hashAll(List<Path> files) throws Exception {
		long start = System.nanoTime();
		byte[] buffer = new byte[64 * 1024];
		for (Path file : files) {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
				while (in.read(buffer) >= 0) {
					// the digest reads along
				}
			}
			sha.digest();
		}
		return (System.nanoTime() - start) / 1e6;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2);
	}

}
