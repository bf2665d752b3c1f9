package workshop.cli.workspace;

import java.util.List;
import java.util.Map;

/**
 * A choice {@code ./workshop start SS --NAME VALUE} offers, as a step file declares it: each application launched gets
 * the value as a Spring property, and a value may launch only some of the applications.
 *
 * @param property            the Spring property every application launched gets, e.g. {@code shop.payments.mode}
 * @param values              the values in the order the step file lists them; the first is the default
 * @param applicationsByValue for each value, the applications it launches, in the order of the step's applications
 */
public record StartOption(String name, String property, List<String> values,
        Map<String, List<Application>> applicationsByValue) {

    public String defaultValue() {
        return values.get(0);
    }

    public List<Application> applications(String value) {
        return applicationsByValue.get(value);
    }

    /** The option as a command line takes it: {@code --payments remote|in-process}. */
    public String synopsis() {
        return "--" + name + " " + String.join("|", values);
    }
}
