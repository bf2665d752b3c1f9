package shop.payments;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
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
