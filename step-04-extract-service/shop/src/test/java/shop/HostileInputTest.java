package shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;

import workshop.support.api.HostileInput;

/**
 * kit-support's hostile input against this step's public API: every generated request gets a 4xx problem, and no
 * module's database changes (each table's rows, hashed).
 */
class HostileInputTest extends ShopTest implements HostileInput {

    private static final List<String> MODULES = List.of("catalog", "pricing", "inventory", "cart", "orders", "payments",
            "shipping", "customers", "notifications", "recommendations");

    @Value("${server.port}")
    private int port;

    @Override
    public String publicApiUrl() {
        return "http://localhost:" + port;
    }

    @Override
    public String customer() {
        return "grace";
    }

    @Override
    public String product() {
        return "TEA-SENCHA-100G";
    }

    /** Every table of every module, where the module keeps it (its database, or its schema), with its rows hashed. */
    @Override
    public String storedData() {
        return MODULES.stream().map(module -> module + ": " + tables(module).stream()
                        .map(table -> table + " " + database(module).sql("select count(*) || ' ' || coalesce(md5("
                                        + "string_agg(t::text, ',' order by t::text)), '') from " + table + " t")
                                .query(String.class).single())
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    private List<String> tables(String module) {
        List<String> tables = database(module)
                .sql("select table_name from information_schema.tables where table_schema = current_schema()"
                        + " and table_name <> 'flyway_schema_history' order by table_name")
                .query(String.class).list();
        assertThat(tables).as("the tables of %s, to compare before and after each request", module).isNotEmpty();
        return tables;
    }
}
