package shop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;

/**
 * The shop's modules and which depends on which, drawn from Spring Modulith's module model as a Mermaid flowchart for
 * the step's README: a solid arrow where a module calls another's beans, a dotted one where it listens to its events
 * or only uses its types. The shared modules (database, web) are left out: every module uses them.
 */
final class ModuleDiagram {

    /** Where the README keeps the diagram of the solved shop: the Mermaid block after this line. */
    static final String README_MARKER = "<!-- modules of the solved shop, from the code (ModuleDiagramTest) -->";

    private ModuleDiagram() {
    }

    static String mermaid(ApplicationModules modules) {
        StringBuilder chart = new StringBuilder("flowchart LR\n");
        ownModules(modules).forEach(module -> chart.append("    ").append(name(module)).append('\n'));
        for (ApplicationModule module : ownModules(modules)) {
            Map<String, Set<DependencyType>> kinds = module.getDirectDependencies(modules).stream()
                    .filter(dependency -> !modules.getSharedModules().contains(dependency.getTargetModule()))
                    .collect(Collectors.groupingBy(dependency -> name(dependency.getTargetModule()), TreeMap::new,
                            Collectors.mapping(ApplicationModuleDependency::getDependencyType, Collectors.toSet())));
            kinds.forEach((target, types) -> chart.append(edges(name(module), target, types)));
        }
        return chart.toString();
    }

    /** A solid arrow to a module whose beans it calls, a dotted one to a module whose events it listens to. */
    private static String edges(String source, String target, Set<DependencyType> types) {
        StringBuilder edges = new StringBuilder();
        if (types.contains(DependencyType.USES_COMPONENT)) {
            edges.append("    ").append(source).append(" --> ").append(target).append('\n');
        }
        if (types.contains(DependencyType.EVENT_LISTENER)) {
            edges.append("    ").append(source).append(" -. listens to .-> ").append(target).append('\n');
        }
        if (edges.isEmpty()) {
            edges.append("    ").append(source).append(" -.-> ").append(target).append('\n');
        }
        return edges.toString();
    }

    /** The Mermaid block of the README after {@link #README_MARKER}, or empty when there is none. */
    static String inReadme(Path readme) {
        try {
            String text = Files.readString(readme, StandardCharsets.UTF_8);
            int marker = text.indexOf(README_MARKER);
            if (marker < 0) {
                return "";
            }
            int start = text.indexOf("```mermaid\n", marker) + "```mermaid\n".length();
            return text.substring(start, text.indexOf("```", start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ApplicationModule> ownModules(ApplicationModules modules) {
        return modules.stream().filter(module -> !modules.getSharedModules().contains(module))
                .sorted(Comparator.comparing(ModuleDiagram::name)).toList();
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }
}
