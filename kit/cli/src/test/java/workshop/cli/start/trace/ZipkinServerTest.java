package workshop.cli.start.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipkinServerTest {

    @Test
    void takes_its_version_from_the_root_pom_and_its_jar_from_the_local_repository(@TempDir Path root)
            throws Exception {
        Files.writeString(root.resolve("pom.xml"), """
                <project><properties>
                    <zipkin-server.version>3.6.1</zipkin-server.version>
                </properties></project>""");

        assertThat(ZipkinServer.artifact(root)).isEqualTo("io.zipkin:zipkin-server:3.6.1:jar:exec");
        assertThat(ZipkinServer.jarIn(Path.of("/m2"), "3.6.1"))
                .isEqualTo(Path.of("/m2/io/zipkin/zipkin-server/3.6.1/zipkin-server-3.6.1-exec.jar"));
    }

    @Test
    void the_services_export_with_the_zipkin_exporter_switched_on() {
        assertThat(String.join(" ", new NoTraceUi("offline").exportArguments()))
                .isEqualTo("--management.tracing.export.zipkin.enabled=false");
    }
}
