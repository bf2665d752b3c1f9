package shop;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;

import workshop.support.api.HostileInput;
import workshop.support.api.StoredData;

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
        return StoredData.of(MODULES, this::database);
    }
}
