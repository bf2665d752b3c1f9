package workshop.support.database;

import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class WorkshopDatabaseEnvironmentPostProcessorTest {

    @Test
    void anApplicationsPlainDataSourceIsPointedAtItsDatabaseOnTheWorkshopsServer() {
        try (var context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:postgresql://db.example.org:6543/inventory?ssl=true",
                        "--spring.datasource.username=inventory", "--spring.datasource.password=secret")) {
            var jdbc = new JdbcTemplate(context.getBean(DataSource.class));

            assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("inventory");
            assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("18");
        }
    }

    @Test
    void aModulesOwnDataSourcePropertiesArePointedThereToo() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application", Map.of(
                "shop.pricing.datasource.jdbc-url", "jdbc:postgresql://localhost:5432/pricing",
                "shop.pricing.datasource.password", "wrong")));

        new WorkshopDatabaseEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("shop.pricing.datasource.jdbc-url"))
                .isEqualTo(WorkshopDatabase.shared().jdbcUrl("pricing"));
        assertThat(environment.getProperty("shop.pricing.datasource.password"))
                .isEqualTo(WorkshopDatabase.shared().password());
    }

    @Test
    void anApplicationWithoutPostgresIsLeftAlone() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of("spring.datasource.url", "jdbc:h2:mem:orders")));

        new WorkshopDatabaseEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:mem:orders");
    }

    @Test
    void theAheadOfTimeBuildOfAnApplicationLeavesItsEnvironmentAlone() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of("spring.datasource.url", "jdbc:postgresql://localhost:5432/inventory")));
        System.setProperty(AbstractAotProcessor.AOT_PROCESSING, "true");
        try {
            new WorkshopDatabaseEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
        } finally {
            System.clearProperty(AbstractAotProcessor.AOT_PROCESSING);
        }

        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://localhost:5432/inventory");
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
    }
}
