package app.rune;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of the style guide: ui and cli -> service -> store -> data and model, JavaFX only in the UI,
 * the database libraries only in the store, AWT and Swing only in the platform package, no cycles between
 * packages, and standard output and error only on the command line (or where an annotation says why).
 *
 * <p>Every rule names its subjects by package, and ArchUnit fails a rule whose subjects match no class at all,
 * so renaming a package cannot make a rule pass by checking nothing.
 */
@AnalyzeClasses(packages = "app.rune", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String MODEL = "app.rune.model..";
    private static final String STORE = "app.rune.store..";
    private static final String SERVICE = "app.rune.service..";
    private static final String UI = "app.rune.ui..";
    private static final String CLI = "app.rune.cli..";
    private static final String PLATFORM = "app.rune.platform..";
    private static final String DATA = "app.rune.data..";
    private static final String INSTANCE = "app.rune.instance..";

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideInAnyPackage(MODEL, SERVICE, STORE, CLI)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp.ikonli..")
            .because("the model, services, store and command line run without a display; JavaFX belongs in app.rune.ui");

    @ArchTest
    static final ArchRule onlyThePlatformPackageUsesAwtOrSwing = noClasses()
            .that().resideOutsideOfPackage(PLATFORM)
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
            .because("AWT (tray icon, desktop integration) is kept behind app.rune.platform");

    @ArchTest
    static final ArchRule onlyTheStoreUsesTheDatabaseLibraries = noClasses()
            .that().resideOutsideOfPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.dizitart..", "org.h2..")
            .because("Nitrite (and the H2 MVStore under it) is an implementation detail of app.rune.store");

    @ArchTest
    static final ArchRule theModelDependsOnNoOtherLayer = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, SERVICE, UI, CLI)
            .because("the model is plain records that every layer shares");

    @ArchTest
    static final ArchRule theStoreDoesNotDependOnTheLayersAboveIt = noClasses()
            .that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(SERVICE, UI, CLI)
            .because("dependencies point ui -> service -> store -> model");

    @ArchTest
    static final ArchRule servicesDoNotDependOnTheUiOrTheCommandLine = noClasses()
            .that().resideInAPackage(SERVICE)
            .should().dependOnClassesThat().resideInAnyPackage(UI, CLI)
            .because("the app and the command line share the services, so the services know neither");

    @ArchTest
    static final ArchRule theAppAndTheCommandLineWorkThroughServices = noClasses()
            .that().resideInAnyPackage(UI, CLI)
            .should().dependOnClassesThat().resideInAPackage(STORE)
            .because("the app and the command line ask a service; the store is the services' business");

    @ArchTest
    static final ArchRule theDataPackageStandsOnItsOwn = noClasses()
            .that().resideInAPackage(DATA)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, SERVICE, UI, CLI, PLATFORM, MODEL)
            .because("where the data lives and what can go wrong with it is known to every layer, so it knows none");

    @ArchTest
    static final ArchRule theHandOverBetweenProcessesKnowsNoLayer = noClasses()
            .that().resideInAPackage(INSTANCE)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, SERVICE, UI, CLI, PLATFORM, MODEL)
            .because("the channel between two Rune processes carries words and exit statuses; what they mean is the"
                    + " command line's and the app's business");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("app.rune.(*)..").should().beFreeOfCycles()
            .because("a cycle between packages means neither can be understood, or changed, without the other");

    @ArchTest
    static final ArchRule onlyTheCommandLineWritesToTheStandardStreams = noClasses()
            .that().resideOutsideOfPackage(CLI)
            .and().areNotAnnotatedWith(AllowedToUseStandardStreams.class)
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("everything else logs to rune.log; a class that must print says why with @AllowedToUseStandardStreams");
}
