package shop.gateway;

/**
 * The forms the ids in the public API's paths take. An id of another form names nothing the shop has: the gateway
 * refuses it with a 400 problem before it passes it on to a service, in whose URL, query or table it would end up.
 */
public final class PathIds {

    public static final String CUSTOMER = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}";

    public static final String CUSTOMER_MESSAGE = "must be a customer id like ada";

    public static final String SKU = "[A-Z0-9-]{1,64}";

    public static final String SKU_MESSAGE = "must be a product's SKU like TEA-SENCHA-100G";

    public static final String ORDER = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}";

    public static final String ORDER_MESSAGE = "must be an order id like ord-1a2b3c4d5e6f";

    private PathIds() {
    }
}
