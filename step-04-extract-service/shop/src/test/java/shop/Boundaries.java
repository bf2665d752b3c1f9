package shop;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * The shop's boundary rules, from step 03, in one place: {@code ModularityTest} runs them against the shop.
 */
final class Boundaries {

    /** An event is a fact: it cannot change once it happened, and its name says what happened. */
    static final ArchRule EVENTS_ARE_RECORDS_NAMED_IN_THE_PAST_TENSE = methods()
            .that().areMetaAnnotatedWith(EventListener.class)
            .should(takeOnlyRecordsNamedInThePastTense())
            .allowEmptyShould(true);

    /** The web is how customers reach a module, not how other modules do: a controller is no part of an API. */
    static final ArchRule CONTROLLERS_ARE_INTERNAL_TO_THEIR_MODULE = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().resideInAPackage("..internal..")
            .andShould().notBePublic()
            .allowEmptyShould(true);

    private Boundaries() {
    }

    /**
     * Fails, with a message naming the offending class, when the code in the package of {@code application} and
     * below breaks one of the rules; returns quietly when it keeps them all.
     */
    static void verify(Class<?> application) {
        // Spring Modulith: no module uses another's internal package, and no two modules depend on each other.
        ApplicationModules.of(application).verify();
        JavaClasses classes = new ClassFileImporter().importPackagesOf(application);
        EVENTS_ARE_RECORDS_NAMED_IN_THE_PAST_TENSE.check(classes);
        CONTROLLERS_ARE_INTERNAL_TO_THEIR_MODULE.check(classes);
    }

    private static ArchCondition<JavaMethod> takeOnlyRecordsNamedInThePastTense() {
        return new ArchCondition<>("take only events that are records named in the past tense") {
            @Override
            public void check(JavaMethod listener, ConditionEvents events) {
                for (JavaClass event : listener.getRawParameterTypes()) {
                    boolean fact = event.isRecord() && event.getSimpleName().endsWith("ed");
                    events.add(new SimpleConditionEvent(listener, fact, listener.getFullName() + " takes "
                            + event.getName() + ", which is " + (fact ? "" : "not ")
                            + "a record named in the past tense"));
                }
            }
        };
    }
}
