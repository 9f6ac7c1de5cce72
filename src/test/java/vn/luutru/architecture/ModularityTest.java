package vn.luutru.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Dependencies point one way (DESIGN.md §8): base ← records ← lifecycle; reports and the
 * dashboard only read; the engine's API stays in a few places so that a later switch of
 * engine is mechanical (STACK.md, "The engine's future").
 */
class ModularityTest {

	static final String[] BASE = { "vn.luutru.agency..", "vn.luutru.security..", "vn.luutru.audit..",
			"vn.luutru.content..", "vn.luutru.common.." };

	static final String[] RECORDS = { "vn.luutru.file..", "vn.luutru.document..", "vn.luutru.schedule.." };

	static final String[] LIFECYCLE = { "vn.luutru.batch..", "vn.luutru.appraisal..", "vn.luutru.retention..",
			"vn.luutru.transfer..", "vn.luutru.destruction..", "vn.luutru.hold..", "vn.luutru.intake..",
			"vn.luutru.preservation..", "vn.luutru.access..", "vn.luutru.search..", "vn.luutru.export.." };

	static final String[] READERS = { "vn.luutru.report..", "vn.luutru.dashboard..", "vn.luutru.demo.." };

	static JavaClasses luutru;

	@BeforeAll
	static void importClasses() {
		luutru = new ClassFileImporter().withImportOption((location) -> !location.contains("/test-classes/"))
			.importPackages("vn.luutru");
	}

	@Test
	void baseKnowsNoFeature() {
		noClasses().that()
			.resideInAnyPackage(BASE)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(concat(RECORDS, LIFECYCLE, READERS))
			.allowEmptyShould(true)
			.check(luutru);
	}

	@Test
	void recordsKnowNothingOfTheirLifecycle() {
		noClasses().that()
			.resideInAnyPackage(RECORDS)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(concat(LIFECYCLE, READERS))
			.allowEmptyShould(true)
			.check(luutru);
	}

	@Test
	void nothingDependsOnReportsDashboardOrDemo() {
		noClasses().that()
			.resideOutsideOfPackages(READERS)
			.and()
			.resideOutsideOfPackage("vn.luutru.config..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(READERS)
			.allowEmptyShould(true)
			.check(luutru);
	}

	@Test
	void featuresDependOnEachOtherWithoutCycles() {
		slices().matching("vn.luutru.(*)..").should().beFreeOfCycles().check(luutru);
	}

	@Test
	void formsKnowNoFeature() {
		classes().that()
			.resideInAPackage("vn.luutru.forms..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("vn.luutru.forms..", "vn.luutru.common..", "java..", "org.apache.poi..",
					"org.openxmlformats..", "org.apache.xmlbeans..")
			.check(luutru);
	}

	@Test
	void processConstantsImportNothingOfOurs() {
		noClasses().that()
			.resideInAPackage("vn.luutru.process..")
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("vn.luutru.process..", "java..")
			.allowEmptyShould(true)
			.check(luutru);
	}

	@Test
	void engineApiStaysInDelegatesStartersAndConfiguration() {
		noClasses().that()
			.resideOutsideOfPackages("vn.luutru.security..", "vn.luutru.config..")
			.and()
			.haveSimpleNameNotEndingWith("Delegate")
			.and()
			.haveSimpleNameNotEndingWith("Starter")
			.and()
			.haveSimpleNameNotEndingWith("Listener")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.camunda..")
			.allowEmptyShould(true)
			.check(luutru);
	}

	private static String[] concat(String[]... groups) {
		return java.util.Arrays.stream(groups).flatMap(java.util.Arrays::stream).toArray(String[]::new);
	}

}
