package io.dataops.workbench.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package rules of shared/STYLE.md: JavaFX stays in app and ui, no cycles, UI features stay apart. */
@AnalyzeClasses(packages = "io.dataops.workbench", importOptions = LayeringTest.ProductionClassesOnly.class)
class LayeringTest {

    private static final String[] CORE = {
            "io.dataops.workbench.common..",
            "io.dataops.workbench.workspace..",
            "io.dataops.workbench.hcl..",
            "io.dataops.workbench.terraform..",
            "io.dataops.workbench.quality..",
            "io.dataops.workbench.monitor..",
            "io.dataops.workbench.cli..",
    };

    /**
     * Like {@link ImportOption.DoNotIncludeTests}, which only knows {@code target/test-classes}, but also for
     * the build directories passed as {@code -Dbuild.dir=target-NAME}.
     */
    public static final class ProductionClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule onlyAppAndUiUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("io.dataops.workbench.app..", "io.dataops.workbench.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the core and the CLI must run without a JavaFX toolkit");

    @ArchTest
    static final ArchRule coreDoesNotDependOnUiOrApp = noClasses()
            .that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("io.dataops.workbench.ui..", "io.dataops.workbench.app..")
            .because("core packages are a library that the GUI and the CLI both use");

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = slices()
            .matching("io.dataops.workbench.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule uiFeaturesDoNotDependOnEachOther = slices()
            .matching("io.dataops.workbench.ui.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage("io.dataops.workbench.ui.common.."))
            .allowEmptyShould(true)
            .because("shared UI pieces belong in ui.common");
}
