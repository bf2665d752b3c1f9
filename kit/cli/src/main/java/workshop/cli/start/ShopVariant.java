package workshop.cli.start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import workshop.cli.workspace.Application;
import workshop.cli.workspace.StartOption;
import workshop.cli.workspace.StepFile;

/**
 * A step's shop as one start runs it: a value for each option its step file declares. The values decide which
 * applications are launched and the properties they get, and name the folder of the start's logs and
 * {@link Figures}, so that bench reads each value's figures on their own.
 *
 * @param chosen the value of each option, by the option's name
 */
public record ShopVariant(StepFile shop, Map<String, String> chosen) {

    /** Every option at its default value. */
    public static ShopVariant byDefault(StepFile shop) {
        return new ShopVariant(shop, shop.options().stream()
                .collect(Collectors.toUnmodifiableMap(StartOption::name, StartOption::defaultValue)));
    }

    /** The defaults, then each other value of each option, the other options at their defaults. */
    public static List<ShopVariant> eachValue(StepFile shop) {
        ShopVariant defaults = byDefault(shop);
        Set<ShopVariant> variants = new LinkedHashSet<>(List.of(defaults));
        for (StartOption option : shop.options()) {
            option.values().forEach(value -> variants.add(defaults.with(option, value)));
        }
        return List.copyOf(variants);
    }

    ShopVariant with(StartOption option, String value) {
        Map<String, String> values = new HashMap<>(chosen);
        values.put(option.name(), value);
        return new ShopVariant(shop, Map.copyOf(values));
    }

    /** The arguments of {@code ./workshop start} that run it, every option named: {@code 04 --payments remote}. */
    public List<String> arguments() {
        List<String> arguments = new ArrayList<>(List.of(shop.step().number()));
        shop.options().forEach(option -> arguments.addAll(List.of("--" + option.name(), chosen.get(option.name()))));
        return arguments;
    }

    /** Where its start writes its logs and its {@link Figures}: {@code .workshop/logs/start-04-remote}. */
    public Path logDir(Path root) {
        StringBuilder folder = new StringBuilder("start-").append(shop.step().number());
        shop.options().forEach(option -> folder.append('-').append(chosen.get(option.name())));
        return root.resolve(".workshop/logs").resolve(folder.toString());
    }

    /** The applications of the step that every chosen value launches, in the step's order. */
    List<Application> applications() {
        return shop.applications().stream().filter(application -> shop.options().stream()
                .allMatch(option -> option.applications(chosen.get(option.name())).contains(application))).toList();
    }

    /** What each application launched is told of the chosen values: {@code --shop.payments.mode=remote}. */
    List<String> properties() {
        return shop.options().stream().map(this::property).toList();
    }

    /**
     * Whether an application whose own properties are these was built for these values: each option's property has the
     * chosen value there, or is not set there at all (the application does not read it).
     */
    boolean agreesWith(Map<String, String> applicationProperties) {
        return shop.options().stream().allMatch(option -> {
            String built = applicationProperties.get(option.property());
            return built == null || built.trim().equals(chosen.get(option.name()));
        });
    }

    /** The values as the trainee reads them, one line each: {@code payments: remote (--shop.payments.mode=remote)}. */
    List<String> describe() {
        return shop.options().stream()
                .map(option -> option.name() + ": " + chosen.get(option.name()) + " (" + property(option) + ")")
                .toList();
    }

    private String property(StartOption option) {
        return "--" + option.property() + "=" + chosen.get(option.name());
    }
}
