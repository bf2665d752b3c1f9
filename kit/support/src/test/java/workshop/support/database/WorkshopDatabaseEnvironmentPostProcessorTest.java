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
    void anApplicationThatNamesItsDatabaseGetsADataSourceForIt() {
        try (var context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
                .run("--workshop.database=inventory")) {
            var jdbc = new JdbcTemplate(context.getBean(DataSource.class));

            assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("inventory");
            assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("18");
        }
    }

    @Test
    void anExplicitDataSourceUrlWins() {
        String explicit = WorkshopDatabase.shared().jdbcUrl("explicit");
        try (var context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
                .run("--workshop.database=ignored", "--spring.datasource.url=" + explicit,
                        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres")) {
            var jdbc = new JdbcTemplate(context.getBean(DataSource.class));

            assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("explicit");
        }
    }

    @Test
    void anApplicationWithSeveralDataSourcesReadsEachDatabasesUrlFromAPlaceholder() {
        try (var context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=${workshop.jdbc-url.pricing}",
                        "--spring.datasource.username=${workshop.jdbc-username}",
                        "--spring.datasource.password=${workshop.jdbc-password}")) {
            var jdbc = new JdbcTemplate(context.getBean(DataSource.class));

            assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("pricing");
        }
    }

    @Test
    void theAheadOfTimeBuildOfAnApplicationLeavesItsEnvironmentAlone() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of("workshop.database", "inventory")));
        System.setProperty(AbstractAotProcessor.AOT_PROCESSING, "true");
        try {
            new WorkshopDatabaseEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
        } finally {
            System.clearProperty(AbstractAotProcessor.AOT_PROCESSING);
        }

        assertThat(environment.containsProperty("spring.datasource.url")).isFalse();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
    }
}
