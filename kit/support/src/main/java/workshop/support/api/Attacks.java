package workshop.support.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Generated hostile requests to every endpoint of the public API, from a seed. Ids in paths break the rules the shop
 * gives them (at most 64 of {@code [A-Za-z0-9_.-]} for a customer or an order, a catalogue SKU for a product); bodies
 * break the JSON the shop reads, one field at a time; headers come too large or with the wrong content type.
 */
final class Attacks {

    static final long DEFAULT_SEED = 20260512L;

    private static final String JSON = "application/json";

    private Attacks() {
    }

    static Stream<Attack> generate(long seed, String customer, String product, int perEndpoint) {
        Random random = new Random(seed);
        String cart = "/api/carts/%s";
        String item = "/api/carts/%s/items/%s";
        String quantity = "{\"quantity\": 2}";
        List<Function<Random, Attack>> endpoints = List.of(
                r -> get("/api/products/" + hostileId(r)),
                r -> get("/api/products/" + hostileId(r) + "/recommendations"),
                r -> get(cart.formatted(hostileId(r))),
                r -> r.nextBoolean()
                        ? write("PUT", item.formatted(hostileId(r), product), JSON, quantity, null)
                        : hostileBody(r, "PUT", item.formatted(customer, product), "quantity", 2, ""),
                r -> write("DELETE", item.formatted(r.nextBoolean() ? hostileId(r) : customer, hostileId(r)), null,
                        null, null),
                r -> r.nextBoolean()
                        ? hostileBody(r, "POST", "/api/orders", "customerId", customer, "\"paymentToken\": \"tok_visa\", ")
                        : hostileBody(r, "POST", "/api/orders", "paymentToken", "tok_visa",
                                "\"customerId\": \"" + customer + "\", "),
                r -> get("/api/orders/" + hostileId(r)),
                r -> hostileHeader(r, cart.formatted(customer), item.formatted(customer, product)));
        List<Attack> attacks = new ArrayList<>(fixed(customer, product));
        for (Function<Random, Attack> endpoint : endpoints) {
            for (int i = 0; i < perEndpoint; i++) {
                attacks.add(endpoint.apply(random));
            }
        }
        return attacks.stream();
    }

    /** The cases that got through before the shop answered them, kept so they are always tried. */
    private static List<Attack> fixed(String customer, String product) {
        return List.of(
                write("PUT", "/api/carts/" + "a".repeat(5000) + "/items/" + product, JSON, "{\"quantity\": 2}", null),
                write("PUT", "/api/carts/" + customer + "/items/" + product, JSON, "{\"quantity\": \"3\"}",
                        "quantity"),
                get("/api/orders/%00"),
                get("/api/products/%2e%2e%2f"),
                get("/api/orders/" + "o".repeat(9000)),
                write("POST", "/api/orders", JSON, "{\"customerId\": \"" + customer + "\", \"paymentToken\": \""
                        + "t".repeat(100_000) + "\"}", "paymentToken"));
    }

    /** A path segment no id of the shop matches, percent-encoded as a browser would send it, or raw. */
    private static String hostileId(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> encoded(letters(random, 65 + random.nextInt(12_000)));
            case 1 -> encoded("ada" + (char) random.nextInt(0x20));
            case 2 -> encoded("\uD83C\uDF75" + letters(random, random.nextInt(4)));
            case 3 -> List.of("%2e%2e%2f", "..%2f..%2fetc%2fpasswd", "%2e%2e", "%252e%252e%252f").get(random.nextInt(4));
            case 4 -> List.of("%00", "ada%00", "%0d%0aSet-Cookie:%20x=1", "%c0%ae").get(random.nextInt(4));
            case 5 -> encoded("' OR '1'='1");
            case 6 -> encoded(" " + letters(random, 1 + random.nextInt(8)) + " ");
            case 7 -> encoded("a\u0301\u200B\uFEFF" + letters(random, 2));
            default -> encoded(letters(random, 2) + "/" + letters(random, 2));
        };
    }

    /**
     * A body with one field wrong (its type, its size, its characters: the problem must name it), or wrong as a whole
     * (its nesting, numbers beyond any type, its JSON, a duplicate key, its content type, none at all).
     *
     * @param others the body's other fields, fine, each followed by a comma
     */
    private static Attack hostileBody(Random random, String method, String path, String field, Object fine,
            String others) {
        Function<String, String> with = value -> "{" + others + "\"" + field + "\": " + value + "}";
        String fineJson = fine instanceof String text ? "\"" + text + "\"" : String.valueOf(fine);
        return switch (random.nextInt(12)) {
            case 0 -> write(method, path, JSON, with.apply(fine instanceof String ? "12" : "\"" + fine + "\""), field);
            case 1 -> write(method, path, JSON, with.apply(List.of("true", "[]", "{}", "[1, 2]").get(random.nextInt(4))),
                    field);
            case 2 -> write(method, path, JSON, with.apply(List.of("1e400", "99999999999999999999999", "-0.5e-400",
                    "1" + "0".repeat(400)).get(random.nextInt(4))), null);
            case 3 -> write(method, path, JSON, with.apply("\"" + letters(random, 10_000 + random.nextInt(100_000))
                    + "\""), field);
            case 4 -> write(method, path, JSON, with.apply("\"" + jsonEscaped(hostileText(random)) + "\""), field);
            case 5 -> write(method, path, JSON, "[".repeat(2000 + random.nextInt(20_000)), null);
            case 6 -> write(method, path, JSON, with.apply(nested(random.nextInt(1000) + 1000, fineJson)), null);
            case 7 -> write(method, path, JSON, with.apply(fineJson).replace("}", ", \"" + field + "\": "
                    + fineJson + "}"), null);
            case 8 -> write(method, path, JSON, List.of("", " ", "null", "nul", "{", "\"text\"").get(random.nextInt(6)),
                    null);
            case 9 -> write(method, path, null, null, null);
            case 10 -> write(method, path, List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x").get(random.nextInt(4)), with.apply(fineJson), null);
            default -> write(method, path, JSON, with.apply("null"), field);
        };
    }

    /**
     * A request with a header no browser sends, far too large. Without a body: Tomcat answers such a request at once
     * and closes the connection, and a client still sending a body never reads the answer.
     */
    private static Attack hostileHeader(Random random, String cart, String item) {
        String header = letters(random, 9000 + random.nextInt(40_000));
        return switch (random.nextInt(3)) {
            case 0 -> new Attack("GET", cart, null, null, Map.of("X-Hostile", header), null);
            case 1 -> new Attack("DELETE", item, null, null, Map.of("X-Hostile", header), null);
            default -> new Attack("GET", cart, null, null, Map.of("Cookie", header), null);
        };
    }

    private static String hostileText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(40); i++) {
            switch (random.nextInt(4)) {
                case 0 -> text.append((char) random.nextInt(0x20));
                case 1 -> text.appendCodePoint(0x1F300 + random.nextInt(0x300));
                case 2 -> text.append("\uD800");
                default -> text.append(List.of("'", "\"", "\\", "<script>", "%00", "\u202E").get(random.nextInt(6)));
            }
        }
        return text.toString();
    }

    private static String nested(int depth, String value) {
        return "{\"a\": ".repeat(depth) + value + "}".repeat(depth);
    }

    private static String letters(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    /** Every byte that is not unreserved in a URL, as {@code %XX}. */
    private static String encoded(String segment) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (Character.isLetterOrDigit(c) && c < 0x80 || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return encoded.toString();
    }

    private static String jsonEscaped(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c == '"' || c == '\\') {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static Attack get(String path) {
        return new Attack("GET", path, null, null, Map.of(), null);
    }

    private static Attack write(String method, String path, String contentType, String body, String field) {
        return new Attack(method, path, contentType, body, Map.of(), field);
    }

    /**
     * One hostile request.
     *
     * @param field the body's field that is wrong, which the problem must name; null when the request as a whole is
     */
    record Attack(String method, String path, String contentType, String body, Map<String, String> headers,
            String field) {

        boolean canWrite() {
            return !method.equals("GET");
        }

        /**
         * The answer's status in every step, whose public API is the same: 415 Unsupported Media Type for a body sent
         * as anything but JSON, 400 Bad Request for all else (an id no id of the shop is, a body the checkout or the
         * cart cannot read, a header beyond Tomcat's limits).
         */
        int expectedStatus() {
            return contentType != null && !contentType.equals(JSON) ? 415 : 400;
        }

        Optional<String> wrongField() {
            return Optional.ofNullable(field);
        }

        /** Short enough to read in a test report: long parts are cut, with their length. */
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(method).append(' ').append(cut(path));
            headers.forEach((name, value) -> text.append(" [").append(name).append(": ").append(cut(value)).append(']'));
            if (contentType != null) {
                text.append(" (").append(contentType).append(')');
            }
            text.append(body == null ? " without a body" : " " + cut(body));
            return text.toString();
        }

        private static String cut(String text) {
            String visible = text.codePoints().map(c -> c < 0x20 || c == 0x7F || Character.isSurrogate((char) c) ? '?' : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            return visible.length() <= 60 ? visible
                    : visible.substring(0, 40) + "...(" + text.length() + " chars)..." + visible.substring(visible.length() - 10);
        }
    }
}
