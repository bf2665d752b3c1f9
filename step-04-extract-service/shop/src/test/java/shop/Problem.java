package shop;

import java.util.List;

/** An RFC 9457 problem as the shop answers it: field errors for invalid input, a trace id to look it up. */
public record Problem(int status, String title, String detail, String instance, List<InvalidField> errors,
        String traceId) {

    public Problem {
        errors = errors == null ? List.of() : errors;
    }

    public record InvalidField(String field, String message) {
    }
}
