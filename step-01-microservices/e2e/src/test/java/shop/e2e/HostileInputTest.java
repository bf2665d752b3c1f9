package shop.e2e;

import java.util.List;

import workshop.support.api.HostileInput;
import workshop.support.api.StoredData;

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
        return StoredData.of(SERVICES_WITH_DATA, shop::database);
    }
}
