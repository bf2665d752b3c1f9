package shop.notifications;

import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring's RFC 9457 problems, plus the {@code errors} a caller needs to fix its request: each wrong field by name,
 * also when a value has the wrong type (a kind that does not exist) and so never reaches validation.
 */
@RestControllerAdvice
class Problems extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = invalid.getBody();
        problem.setProperty("errors", invalid.getFieldErrors().stream()
                .map(error -> new InvalidField(error.getField(), error.getDefaultMessage()))
                .toList());
        return handleExceptionInternal(invalid, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                "The request body is missing or is not valid JSON.");
        if (unreadable.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            problem.setDetail("Invalid request content.");
            problem.setProperty("errors", List.of(new InvalidField(fieldOf(mismatch), expected(mismatch))));
        }
        return handleExceptionInternal(unreadable, problem, headers, status, request);
    }

    /** A notification is flat: the wrong field is the one property on the path. */
    private static String fieldOf(MismatchedInputException mismatch) {
        return mismatch.getPath().get(0).getPropertyName();
    }

    private static String expected(MismatchedInputException mismatch) {
        Class<?> type = mismatch.getTargetType();
        return type != null && type.isEnum()
                ? "must be one of " + Arrays.toString(type.getEnumConstants())
                : "has the wrong type";
    }

    record InvalidField(String field, String message) {
    }
}
