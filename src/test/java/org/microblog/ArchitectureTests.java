package org.microblog;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.data.repository.Repository;

/**
 * The layout of DESIGN.md §2: features use each other's public services, views and events,
 * never another feature's repository or entity (the member, {@link User}, is the one entity
 * others may hold a reference to).
 */
class ArchitectureTests {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.microblog");

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
