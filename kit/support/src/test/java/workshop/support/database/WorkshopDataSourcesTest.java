package workshop.support.database;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkshopDataSourcesTest {

    private final WorkshopDatabase workshop = WorkshopDatabase.shared();

    @Test
    void everyPostgresUrlIsADataSourceWithItsUsernameAndPasswordBeside() {
        Map<String, String> application = new LinkedHashMap<>();
        application.put("spring.application.name", "shop");
        application.put("shop.catalog.datasource.jdbc-url", "jdbc:postgresql://localhost:5432/catalog");
        application.put("shop.catalog.datasource.username", "catalog");
        application.put("spring.datasource.url", "jdbc:postgresql://localhost/shop?currentSchema=orders");
        application.put("shop.services.orders.url", "http://localhost:8080");

        WorkshopDataSources dataSources = WorkshopDataSources.in(application);

        assertThat(dataSources.on(workshop)).containsExactly(
                Map.entry("shop.catalog.datasource.jdbc-url", workshop.jdbcUrl("catalog")),
                Map.entry("shop.catalog.datasource.username", workshop.username()),
                Map.entry("shop.catalog.datasource.password", workshop.password()),
                Map.entry("spring.datasource.url", workshop.jdbcUrl("shop")),
                Map.entry("spring.datasource.username", workshop.username()),
                Map.entry("spring.datasource.password", workshop.password()));
    }

    @Test
    void anApplicationWithoutPostgresHasNone() {
        assertThat(WorkshopDataSources.in(Map.of("spring.datasource.url", "jdbc:h2:mem:shop")).isEmpty()).isTrue();
    }
}
