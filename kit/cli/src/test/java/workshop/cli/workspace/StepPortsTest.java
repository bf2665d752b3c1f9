package workshop.cli.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import workshop.cli.TestRepo;

/** The step files of this repository against the applications they declare. */
class StepPortsTest {

    @Test
    void every_step_declares_the_port_each_application_sets_as_its_server_port() {
        Workspace repository = new Workspace(TestRepo.workshopRoot());
        assertThat(repository.steps()).isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        for (Step step : repository.steps()) {
            softly.assertThat(step.stepFile()).as(step.folder() + " has a " + StepFile.NAME).isPresent();
            for (Application application : step.stepFile().map(StepFile::applications).orElse(List.of())) {
                Path properties = application.moduleDir(step.dir()).resolve("src/main/resources/application.properties");
                softly.assertThat(PropertiesFile.load(properties).get("server.port"))
                        .as(step.folder() + "'s " + application.name() + ": server.port in " + repository.relative(properties))
                        .isEqualTo(Integer.toString(application.port()));
            }
        }
        softly.assertAll();
    }
}
