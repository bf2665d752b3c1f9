package workshop.support.database;

import java.util.Map;

import org.junit.jupiter.api.Test;

import workshop.support.database.DatabaseChoice.WorkshopSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DatabaseChoiceTest {

    @Test
    void embeddedIsTheDefaultAndNeedsNoDocker() {
        assertThat(choose(Map.of(), false)).isEqualTo(DatabaseChoice.EMBEDDED);
    }

    @Test
    void anExistingServerWinsOverEverythingElse() {
        var environment = Map.of("WORKSHOP_DB_URL", "jdbc:postgresql://db:5432/postgres", "WORKSHOP_DB", "auto");

        assertThat(choose(environment, true)).isEqualTo(DatabaseChoice.EXISTING);
    }

    @Test
    void autoUsesAContainerOnlyWhenDockerAnswers() {
        var environment = Map.of("WORKSHOP_DB", "auto");

        assertThat(choose(environment, true)).isEqualTo(DatabaseChoice.TESTCONTAINERS);
        assertThat(choose(environment, false)).isEqualTo(DatabaseChoice.EMBEDDED);
    }

    @Test
    void anUnknownModeIsRefusedWithTheChoices() {
        assertThatIllegalArgumentException().isThrownBy(() -> choose(Map.of("WORKSHOP_DB", "mysql"), false))
                .withMessage("WORKSHOP_DB=mysql is not one of embedded, testcontainers, auto");
    }

    @Test
    void theServerUrlDropsTheDatabaseAndParameters() {
        assertThat(PostgresServer.baseUrlOf("jdbc:postgresql://db:5432/postgres?ssl=false"))
                .isEqualTo("jdbc:postgresql://db:5432/");
    }

    private static DatabaseChoice choose(Map<String, String> environment, boolean docker) {
        return DatabaseChoice.from(WorkshopSettings.from(environment), () -> docker);
    }
}
