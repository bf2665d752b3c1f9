package shop.e2e;

import java.util.List;
import java.util.stream.Collectors;

import workshop.support.api.HostileInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kit-support's hostile input against the gateway, the shop's public API: every generated request gets a 4xx
 * problem, and no service's database changes (each table's rows, hashed), however far behind the gateway the request
 * got.
 */
class HostileInputTest implements HostileInput {

    /** Every service but the gateway, which owns no data. */
    private static final List<String> SERVICES_WITH_DATA = List.of("catalog", "pricing", "inventory", "cart", "orders",
            "payments", "shipping", "customers", "notifications", "recommendations");

    private final Shop shop = Shop.running();

    @Override
    public String publicApiUrl() {
        return shop.url("gateway");
    }

    @Override
    public String customer() {
        return "grace";
    }

    @Override
    public String product() {
        return "TEA-SENCHA-100G";
    }

    /** Every table of every service's own database, with its rows hashed. */
    @Override
    public String storedData() {
        return SERVICES_WITH_DATA.stream().map(service -> service + ": " + tables(service).stream()
                        .map(table -> table + " " + shop.database(service).sql("select count(*) || ' ' || coalesce("
                                        + "md5(string_agg(t::text, ',' order by t::text)), '') from " + table + " t")
                                .query(String.class).single())
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    private List<String> tables(String service) {
        List<String> tables = shop.database(service)
                .sql("select table_name from information_schema.tables where table_schema = current_schema()"
                        + " and table_name <> 'flyway_schema_history' order by table_name")
                .query(String.class).list();
        assertThat(tables).as("the tables of %s, to compare before and after each request", service).isNotEmpty();
        return tables;
    }
}
