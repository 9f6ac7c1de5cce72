package vn.luutru.backup;

import java.nio.file.Path;
import java.util.Arrays;

import javax.sql.DataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

import vn.luutru.audit.AuditSignatures;
import vn.luutru.content.ContentProperties;

/**
 * The command line: {@code java -jar luutru.jar backup} writes a set as a running node
 * would (without the web server or the job executor), {@code java -jar luutru.jar restore
 * <set directory>} rebuilds a fresh node from a set. Settings (database, data folder,
 * backup target) as for the application: {@code --spring.datasource.url=...} and so on.
 * Exit code 0 on success, 1 when the backup failed, 2 when the restore was refused.
 */
public final class BackupCommand {

	private BackupCommand() {
	}

	/** Whether the arguments ask for a command rather than the application. */
	public static boolean handles(String[] args) {
		return args.length > 0 && ("backup".equals(args[0]) || "restore".equals(args[0]));
	}

	public static int run(Class<?> application, String[] args) {
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		return "backup".equals(args[0]) ? backUp(application, rest) : restore(rest);
	}

	private static int backUp(Class<?> application, String[] args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("camunda.bpm.job-execution.enabled=false")
			.run(args)) {
			BackupEntry entry = context.getBean(Backups.class).backUp("command", BackupTrigger.COMMAND);
			if (entry.status() == BackupStatus.DONE) {
				System.out.println("Đã sao lưu / backup set written: " + Path.of(entry.target(), entry.setName()) + " ("
						+ entry.kind() + ", " + entry.objectsCopied() + " objects, " + entry.bytesWritten()
						+ " bytes)");
				return 0;
			}
			System.err.println(
					"Sao lưu thất bại / backup failed: " + entry.error() + " (incident " + entry.incidentId() + ")");
			return 1;
		}
	}

	private static int restore(String[] args) {
		String[] options = Arrays.stream(args).filter((a) -> a.startsWith("--")).toArray(String[]::new);
		String[] sets = Arrays.stream(args).filter((a) -> !a.startsWith("--")).toArray(String[]::new);
		if (sets.length != 1) {
			System.err.println("Cách dùng / usage: restore <thư mục bộ sao lưu / set directory> [--setting=value ...]");
			return 2;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RestoreContext.class)
			.web(WebApplicationType.NONE)
			.run(options)) {
			AuditSignatures signatures = AuditSignatures.fromSettings(context.getEnvironment())
				.orElseThrow(() -> new BackupRefusedException(
						"Máy này chưa có khóa nhật ký: cấp khóa của máy đã sao lưu (LUUTRU_AUDIT_KEY hoặc tệp khóa "
								+ "luutru.audit.key-file) trước khi phục hồi, để kiểm tra chữ ký của bản kê",
						"this node has no audit key: give it the key of the node that made the set (LUUTRU_AUDIT_KEY "
								+ "or the luutru.audit.key-file) before the restore, so that the manifests' "
								+ "signatures can be checked"));
			BackupRestore.RestoreReport report = new BackupRestore(context.getBean(DataSource.class),
					context.getBean(ContentProperties.class), signatures)
				.restore(Path.of(sets[0]));
			System.out.println("Đã phục hồi / restored " + report.setName() + ": " + report.sets() + " sets, "
					+ report.tables() + " tables, " + report.rows() + " rows, " + report.objects() + " objects, "
					+ report.bytes() + " bytes");
			return 0;
		}
		catch (BackupRefusedException ex) {
			System.err.println("Từ chối phục hồi / restore refused: " + ex.getMessage());
			return 2;
		}
		catch (Exception ex) {
			System.err.println("Phục hồi thất bại / restore failed: " + ex);
			return 1;
		}
	}

	/**
	 * Only the data source and the content settings: nothing else of the application may
	 * touch the empty database before the restore (no migration, no engine, no demo
	 * data).
	 */
	@ImportAutoConfiguration(DataSourceAutoConfiguration.class)
	@EnableConfigurationProperties(ContentProperties.class)
	static class RestoreContext {

	}

}
