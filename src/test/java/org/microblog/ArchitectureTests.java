package org.microblog;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.microblog.message.MessageSent;
import org.microblog.message.MessagesRead;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.data.repository.Repository;

/**
 * The layout of DESIGN.md §2: features use each other's public services, views and events,
 * never another feature's repository or entity (the member, {@link User}, is the one entity
 * others may hold a reference to). Features are the top-level packages other than {@code web},
 * {@code config}, {@code core}, {@code cli} and {@code api}. The design's "never" rules each have
 * a test, and each is shown to catch a deliberately broken class of the test tree
 * ({@code ArchitectureViolation} in the package concerned).
 */
class ArchitectureTests {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.microblog");

    /** The broken classes, each with what it wrongly uses. */
    static final JavaClasses VIOLATIONS = new ClassFileImporter().importClasses(
            org.microblog.post.ArchitectureViolation.class, org.microblog.api.UserResponse.class,
            org.microblog.web.ArchitectureViolation.class, org.microblog.user.UserService.class,
            org.microblog.notification.ArchitectureViolation.class, org.microblog.message.MessageService.class,
            org.microblog.user.ArchitectureViolation.class, org.microblog.cli.MicroblogCommand.class,
            org.microblog.core.ArchitectureViolation.class, org.microblog.web.ErrorBody.class);

    /** The API is a doorway into the services: nothing but the API itself knows it. */
    static final ArchRule NOTHING_DEPENDS_ON_THE_API = noClasses()
            .that().resideOutsideOfPackage("org.microblog.api..")
            .should().dependOnClassesThat().resideInAPackage("org.microblog.api..")
            .because("the API is a second doorway into the services, and no feature depends on a doorway");

    static final ArchRule WEB_DEPENDS_ON_NO_FEATURE = classes()
            .that().resideInAPackage("org.microblog.web..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.microblog..")
                    .or(resideInAnyPackage("org.microblog.web..", "org.microblog.core..", "org.microblog.config..")))
            .because("the web plumbing is shared by every feature, so it may know none of them");

    static final ArchRule NOTIFICATION_USES_ONLY_THE_EVENTS_OF_MESSAGES = noClasses()
            .that().resideInAPackage("org.microblog.notification..")
            .should().dependOnClassesThat(resideInAPackage("org.microblog.message..")
                    .and(not(assignableTo(MessageSent.class)))
                    .and(not(assignableTo(MessagesRead.class))))
            .because("events carry their data: a listener never calls back into the feature that raised them");

    static final ArchRule ONLY_THE_ENTRY_POINT_DEPENDS_ON_THE_CLI = noClasses()
            .that().resideOutsideOfPackage("org.microblog.cli..")
            .and().doNotHaveFullyQualifiedName(MicroblogApplication.class.getName())
            .should().dependOnClassesThat().resideInAPackage("org.microblog.cli..")
            .because("the command line starts the application; the application never starts it");

    static final ArchRule CORE_DEPENDS_ON_NOTHING_OF_OURS = classes()
            .that().resideInAPackage("org.microblog.core..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.microblog..")
                    .or(resideInAPackage("org.microblog.core..")))
            .because("every feature and both doorways use the core, so it can use none of them");

    @Test
    void noFeatureDependsOnTheApi() {
        NOTHING_DEPENDS_ON_THE_API.check(MAIN);
        assertThatThrownBy(() -> NOTHING_DEPENDS_ON_THE_API.check(VIOLATIONS)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.microblog.post.ArchitectureViolation");
    }

    @Test
    void webDependsOnNoFeature() {
        WEB_DEPENDS_ON_NO_FEATURE.check(MAIN);
        assertThatThrownBy(() -> WEB_DEPENDS_ON_NO_FEATURE.check(VIOLATIONS)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.microblog.web.ArchitectureViolation");
    }

    @Test
    void notificationDependsOnMessagesOnlyThroughTheirEvents() {
        NOTIFICATION_USES_ONLY_THE_EVENTS_OF_MESSAGES.check(MAIN);
        assertThatThrownBy(() -> NOTIFICATION_USES_ONLY_THE_EVENTS_OF_MESSAGES.check(VIOLATIONS))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.microblog.notification.ArchitectureViolation")
                .hasMessageContaining("MessageService");
    }

    @Test
    void nothingButTheEntryPointDependsOnTheCommandLine() {
        ONLY_THE_ENTRY_POINT_DEPENDS_ON_THE_CLI.check(MAIN);
        assertThatThrownBy(() -> ONLY_THE_ENTRY_POINT_DEPENDS_ON_THE_CLI.check(VIOLATIONS))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.microblog.user.ArchitectureViolation");
    }

    @Test
    void coreDependsOnNothingOfOurs() {
        CORE_DEPENDS_ON_NOTHING_OF_OURS.check(MAIN);
        assertThatThrownBy(() -> CORE_DEPENDS_ON_NOTHING_OF_OURS.check(VIOLATIONS)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.microblog.core.ArchitectureViolation");
    }

    @Test
    void repositoriesArePackagePrivateAndUsedOnlyInTheirFeature() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notBePublic()
                .andShould(beAccessedOnlyFromTheirOwnPackage())
                .check(MAIN);
    }

    @Test
    void entitiesOtherThanTheMemberStayInsideTheirFeature() {
        classes().that().areAnnotatedWith(Entity.class).and(not(assignableTo(User.class)))
                .should().notBePublic()
                .andShould(beAccessedOnlyFromTheirOwnPackage())
                .check(MAIN);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("org.microblog.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void everyFeatureServiceIsPublic() {
        classes().that().haveSimpleNameEndingWith("Service").and().areTopLevelClasses()
                .should().bePublic().check(MAIN);
    }

    /**
     * Settings are read in one place, {@code config.MicroblogProperties}, and handed to the
     * classes that need them; a feature reading a variable itself would skip its validation.
     */
    @Test
    void onlyConfigReadsTheEnvironment() {
        noClasses().that().resideOutsideOfPackage("org.microblog.config..")
                .should().dependOnClassesThat().areAssignableTo(Environment.class)
                .orShould().dependOnClassesThat().areAssignableTo(Value.class)
                .because("settings come from MicroblogProperties (STYLE.md §8)")
                .check(MAIN);
    }

    /** The jar's entry point hands the process environment to the command line; nothing else asks for it. */
    @Test
    void onlyTheEntryPointReadsTheProcessEnvironment() {
        noClasses().that().doNotBelongToAnyOf(MicroblogApplication.class)
                .should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .because("the command line passes the environment on, and the server binds MicroblogProperties")
                .check(MAIN);
    }

    private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be accessed only from their own package") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                target.getDirectDependenciesToSelf().stream()
                        .filter(dependency -> !dependency.getOriginClass().getPackageName().equals(target.getPackageName()))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency,
                                dependency.getDescription())));
            }
        };
    }

}
