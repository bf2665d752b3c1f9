package paymentsservice;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every failure as an RFC 9457 problem (the module's {@code ErrorResponseException}s, a missing header, an
 * unknown path), and a request with wrong fields with each of them by name.
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

    record InvalidField(String field, String message) {
    }
}
