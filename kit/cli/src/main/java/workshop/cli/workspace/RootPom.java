package workshop.cli.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads the root pom.xml: the versions the workshop keeps there, and the modules it builds. */
public final class RootPom {

    private RootPom() {
    }

    public static Optional<String> property(Path root, String name) {
        NodeList values = project(root).getElementsByTagName(name);
        return values.getLength() == 0 ? Optional.empty() : Optional.of(values.item(0).getTextContent().trim());
    }

    /** The folders the root build lists as its modules. */
    public static List<String> modules(Path root) {
        NodeList modules = project(root).getElementsByTagName("module");
        List<String> folders = new ArrayList<>();
        for (int i = 0; i < modules.getLength(); i++) {
            folders.add(modules.item(i).getTextContent().trim());
        }
        return folders;
    }

    private static Element project(Path root) {
        return parse(root.resolve("pom.xml"));
    }

    /** Any pom.xml of the repository, as a document, read without fetching anything it declares. */
    static Element parse(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + pom + ": " + e.getMessage(), e);
        }
    }
}
