package shop.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ClassUtils;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every failure of the shop as an RFC 9457 problem: Spring's own problems (a module's
 * {@code ErrorResponseException}, an unknown path), plus the {@code errors} a caller needs to fix its request,
 * each wrong field by name. Each service of step 01 had a copy of this class; in one application there is one.
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

    /**
     * A controller whose path variables carry constraints validates its whole call: a wrong id in the path, and a
     * wrong field of a {@code @Valid} body, each named as the caller sent it.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "Invalid request content.");
        problem.setProperty("errors", invalid.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors body
                        ? body.getFieldErrors().stream().map(error -> new InvalidField(error.getField(),
                                error.getDefaultMessage()))
                        : result.getResolvableErrors().stream().map(error -> new InvalidField(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList());
        return handleExceptionInternal(invalid, problem, headers, status, request);
    }

    /** Unreadable JSON is a 400; a value of the wrong type (a quantity of "two") also names its field. */
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

    /**
     * A module checks what it is given ({@code @Validated}), whoever calls it: a 400 naming each wrong field, as the
     * module's HTTP API answered when it was called over HTTP.
     */
    @ExceptionHandler
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException invalid, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request content.");
        problem.setProperty("errors", invalid.getConstraintViolations().stream()
                .map(violation -> new InvalidField(fieldOf(violation.getPropertyPath()), violation.getMessage()))
                .toList());
        return handleExceptionInternal(invalid, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    /** The field without the method and parameter it came in: {@code charge.request.paymentToken} is paymentToken. */
    private static String fieldOf(Path path) {
        return StreamSupport.stream(path.spliterator(), false)
                .filter(node -> node.getKind() == ElementKind.PROPERTY)
                .map(Path.Node::getName)
                .collect(Collectors.joining("."));
    }

    /** Named the way validation names fields, e.g. {@code lines[0].quantity}. */
    private static String fieldOf(MismatchedInputException mismatch) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference step : mismatch.getPath()) {
            if (step.getPropertyName() == null) {
                field.append('[').append(step.getIndex()).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            }
        }
        return field.toString();
    }

    private static String expected(MismatchedInputException mismatch) {
        Class<?> type = mismatch.getTargetType() == null ? Object.class
                : ClassUtils.resolvePrimitiveIfNecessary(mismatch.getTargetType());
        if (type == Integer.class || type == Long.class) {
            return "must be a whole number";
        }
        return Number.class.isAssignableFrom(type) ? "must be a number" : "has the wrong type";
    }

    /** One entry of a problem's {@code errors}: which field is wrong and why. */
    record InvalidField(String field, String message) {
    }
}
