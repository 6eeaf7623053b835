package processlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure, read from the compiled classes (STYLE.md rule 2, DESIGN.md section 2): no cycles between
 * packages, logic packages free of JavaFX, and dependencies that follow the data's one-way flow — lesson → run →
 * recording → trace / timeline → ui, with the benchmarks beside the app and reached only from {@code cli}.
 */
class ArchitectureTest {

    /** Parsed, run and tested without the toolkit; {@code cli}'s render draws with Java2D, so it is here too. */
    static final String[] LOGIC_PACKAGES = {
        "processlab.lesson..",
        "processlab.run..",
        "processlab.recording..",
        "processlab.trace..",
        "processlab.timeline..",
        "processlab.worker..",
        "processlab.cli..",
        "processlab.progress..",
        "processlab.exercise..",
        "processlab.tryit..",
        "processlab.settings.."
    };

    private static JavaClasses app;

    @BeforeAll
    static void importTheApp() {
        app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("processlab");
        assertTrue(
                app.contain(processlab.lesson.Lesson.class) && app.contain(processlab.ui.ProcessLabApp.class),
                "imported the app's classes");
    }

    /** Every package is a slice: a cycle between {@code ui} and {@code ui.code} counts as much as one between rooms. */
    static ArchRule noPackageCycles() {
        return slices().matching("processlab.(**)").should().beFreeOfCycles();
    }

    @Test
    void packagesAreFreeOfCycles() {
        noPackageCycles().check(app);
    }

    @Test
    void logicPackagesDoNotUseJavaFx() {
        noClasses()
                .that()
                .resideInAnyPackage(LOGIC_PACKAGES)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .because("logic is parsed, run and tested without the toolkit (STYLE.md rule 2)")
                .check(app);
    }

    @Test
    void dependenciesFollowTheDataFlow() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("App")
                .definedBy("processlab")
                .layer("Cli")
                .definedBy("processlab.cli..")
                .layer("Bench")
                .definedBy("processlab.bench..")
                .layer("Ui")
                .definedBy("processlab.ui..")
                .layer("Features")
                .definedBy(
                        "processlab.exercise..", "processlab.tryit..", "processlab.progress..", "processlab.settings..")
                .layer("Lesson")
                .definedBy("processlab.lesson..")
                .layer("Run")
                .definedBy("processlab.run..")
                .layer("Worker")
                .definedBy("processlab.worker..")
                .layer("TraceAndTimeline")
                .definedBy("processlab.trace..", "processlab.timeline..")
                .layer("Recording")
                .definedBy("processlab.recording..")
                .whereLayer("App")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Cli")
                .mayOnlyBeAccessedByLayers("App")
                .whereLayer("Bench")
                .mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("Ui")
                .mayOnlyBeAccessedByLayers("App", "Bench")
                .whereLayer("Features")
                .mayOnlyBeAccessedByLayers("App", "Ui", "Bench")
                .whereLayer("Lesson")
                .mayOnlyBeAccessedByLayers("Features", "Ui", "Cli", "Bench")
                .whereLayer("Run")
                .mayOnlyBeAccessedByLayers("Lesson", "Features", "Ui", "Cli", "Bench")
                .whereLayer("Worker")
                .mayOnlyBeAccessedByLayers("Run", "Ui", "Bench")
                .whereLayer("TraceAndTimeline")
                .mayOnlyBeAccessedByLayers("Ui", "Cli", "Bench")
                .whereLayer("Recording")
                .mayOnlyBeAccessedByLayers("Run", "TraceAndTimeline", "Features", "Ui", "Cli", "Bench")
                .check(app);
    }

    @Test
    void lessonsKnowOnlyWhatARunIsAskedToBe() {
        noClasses()
                .that()
                .resideInAPackage("processlab.lesson..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "processlab.run",
                        "processlab.run.observe..",
                        "processlab.run.python..",
                        "processlab.run.java..",
                        "processlab.run.process..")
                .because("a lesson names a RunSpec (run.spec); starting and observing runs is not its business")
                .check(app);
    }

    @Test
    void theRecordingDependsOnNothingElseOfTheApp() {
        noClasses()
                .that()
                .resideInAPackage("processlab.recording..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("processlab.recording..", "java..")
                .check(app);
    }

    @Test
    void theRuntimesDoNotImportTheRunPackageThatPicksThem() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "processlab.run.python..",
                        "processlab.run.java..",
                        "processlab.run.observe..",
                        "processlab.run.spec..",
                        "processlab.run.process..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("processlab.run")
                .check(app);
    }

    /** The cycle rule is not vacuous: two classes that use each other, each its own slice, fail it. */
    @Test
    void theCycleRuleCatchesACycle() {
        JavaClasses cyclic = new ClassFileImporter().importClasses(CycleA.class, CycleB.class);
        ArchRule oneSlicePerClass = slices().assignedFrom(new SliceAssignment() {
                    @Override
                    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                        return SliceIdentifier.of(javaClass.getSimpleName());
                    }

                    @Override
                    public String getDescription() {
                        return "one slice per class";
                    }
                })
                .should()
                .beFreeOfCycles();
        assertThrows(AssertionError.class, () -> oneSlicePerClass.check(cyclic));
    }

    static final class CycleA {
        CycleB other;
    }

    static final class CycleB {
        CycleA other;
    }
}
