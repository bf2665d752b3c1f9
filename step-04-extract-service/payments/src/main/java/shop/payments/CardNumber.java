package shop.payments;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A card number: 13 to 19 digits whose last one is the Luhn check digit, so a mistyped digit is caught at once. */
@Documented
@Constraint(validatedBy = CardNumber.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface CardNumber {

    String message() default "must be a card number: 13 to 19 digits, the last one a valid check digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<CardNumber, String> {

        private static final Pattern DIGITS = Pattern.compile("\\d{13,19}");

        /** A run of 13 to 19 digits that is not part of a longer word, such as a hexadecimal trace id. */
        private static final Pattern IN_TEXT = Pattern.compile("(?<![0-9A-Za-z])\\d{13,19}(?![0-9A-Za-z])");

        @Override
        public boolean isValid(String number, ConstraintValidatorContext context) {
            return number != null && DIGITS.matcher(number).matches() && passesLuhn(number);
        }

        /**
         * The card numbers in a text, such as a log or a table's rows: what the shop must never hold. Only numbers with
         * a valid check digit count, so that an id or a timestamp is rarely taken for one.
         */
        public static List<String> findIn(String text) {
            return IN_TEXT.matcher(text).results().map(match -> match.group()).filter(Check::passesLuhn).toList();
        }

        /** Words that may be a text in Base64 (also its URL-safe alphabet), long enough to hold a card number. */
        private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/_-]{20,}={0,2}");

        /** Words that may be a text in hexadecimal, long enough to hold a card number. */
        private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{26,}");

        /**
         * How this card number can be read back from a text, beyond what {@link #findIn} finds: its digits in groups
         * ({@code 4000 0025 0000 3155}), backwards, or the number in Base64 or hexadecimal. Whoever reads the text
         * recovers the number as easily as from its digits, so for PCI-DSS it holds the number all the same.
         */
        public static List<String> waysToReadBack(String number, String text) {
            List<String> ways = new ArrayList<>();
            if (inGroups(number).matcher(text).find()) {
                ways.add("its digits, in groups or not");
            }
            if (inGroups(new StringBuilder(number).reverse().toString()).matcher(text).find()) {
                ways.add("its digits backwards");
            }
            if (BASE64.matcher(text).results().map(word -> fromBase64(word.group()))
                    .anyMatch(decoded -> inGroups(number).matcher(decoded).find())) {
                ways.add("in Base64");
            }
            if (HEX.matcher(text).results().map(word -> fromHex(word.group()))
                    .anyMatch(decoded -> inGroups(number).matcher(decoded).find())) {
                ways.add("in hexadecimal");
            }
            return ways;
        }

        /** The digits in order, with a space, dot, dash or underscore allowed between any two. */
        private static Pattern inGroups(String digits) {
            return Pattern.compile(String.join("[ ._-]?", digits.split("")));
        }

        /** Java's decoder takes Base64 without its padding; the URL-safe letters are mapped to the standard ones. */
        private static String fromBase64(String word) {
            try {
                return new String(Base64.getDecoder().decode(word.replace('-', '+').replace('_', '/').replace("=", "")),
                        StandardCharsets.ISO_8859_1);
            } catch (IllegalArgumentException notBase64) {
                return "";
            }
        }

        private static String fromHex(String word) {
            return new String(HexFormat.of().parseHex(word.substring(0, word.length() / 2 * 2)),
                    StandardCharsets.ISO_8859_1);
        }

        /** The text with each card number in it masked, all but its last four digits. */
        public static String masked(String text) {
            return IN_TEXT.matcher(text).replaceAll(match -> passesLuhn(match.group())
                    ? "*".repeat(match.group().length() - 4) + lastFour(match.group())
                    : match.group());
        }

        /** The last four digits, which may be shown and logged; the rest of a number may not. */
        static String lastFour(String number) {
            return number == null || number.length() < 4 ? "" : number.substring(number.length() - 4);
        }

        /** Every second digit from the right doubled (less 9 above 9); the sum must end in 0. */
        private static boolean passesLuhn(String digits) {
            int sum = 0;
            for (int i = 0; i < digits.length(); i++) {
                int digit = digits.charAt(digits.length() - 1 - i) - '0';
                if (i % 2 == 1) {
                    digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
                }
                sum += digit;
            }
            return sum % 10 == 0;
        }
    }
}
