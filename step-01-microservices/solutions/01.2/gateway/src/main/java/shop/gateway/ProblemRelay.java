package shop.gateway;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.stream.Collectors;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.UnknownContentTypeException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every failure with an RFC 9457 problem. A 4xx problem from a service behind the gateway is the
 * customer's to fix, so it is relayed with its status, title, detail and field errors. A service that fails,
 * cannot be reached or does not answer in time becomes a 502, 503 or 504 naming that service: the customer never
 * gets a 500 or a stack trace from the gateway. Every problem carries the trace id of its request, so the one
 * trace that shows what happened is a search away.
 */
@RestControllerAdvice
class ProblemRelay extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemRelay.class);

    private final Tracer tracer;

    ProblemRelay(Tracer tracer) {
        this.tracer = tracer;
    }

    @ExceptionHandler
    ResponseEntity<Object> serviceCallFailed(ServiceCallFailed failed, WebRequest request) {
        ProblemDetail problem = problemFor(failed.service(), failed.getCause());
        if (problem.getStatus() >= 500) {
            log.warn("Call to {} failed: {}", failed.service(), failed.getCause().getMostSpecificCause().toString());
        }
        return handleExceptionInternal(failed, problem, new HttpHeaders(),
                HttpStatusCode.valueOf(problem.getStatus()), request);
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

    /** An id in the path that breaks its form ({@link PathIds}), named as the path names it. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "Invalid request content.");
        problem.setProperty("errors", invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new InvalidField(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList());
        return handleExceptionInternal(invalid, problem, headers, status, request);
    }

    /** Every problem, relayed or the gateway's own, leaves through here. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        Span span = tracer.currentSpan();
        if (body instanceof ProblemDetail problem && span != null) {
            problem.setProperty("traceId", span.context().traceId());
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ProblemDetail problemFor(String service, RestClientException failure) {
        if (failure instanceof RestClientResponseException answer && answer.getStatusCode().is4xxClientError()) {
            return relayed(answer);
        }
        if (failure instanceof RestClientResponseException answer) {
            return problem(HttpStatus.BAD_GATEWAY, "Bad gateway",
                    service + " failed with status " + answer.getStatusCode().value());
        }
        if (causedBy(failure, SocketTimeoutException.class) || causedBy(failure, HttpTimeoutException.class)) {
            return problem(HttpStatus.GATEWAY_TIMEOUT, "Gateway timeout", service + " did not answer in time");
        }
        if (causedBy(failure, ConnectException.class)) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", service + " cannot be reached");
        }
        return problem(HttpStatus.BAD_GATEWAY, "Bad gateway", service + " gave no usable answer");
    }

    private static ProblemDetail relayed(RestClientResponseException answer) {
        ProblemDetail problem = problemIn(answer);
        if (problem == null) {
            problem = ProblemDetail.forStatus(answer.getStatusCode());
        }
        problem.setStatus(answer.getStatusCode().value());
        // The path inside the other service means nothing to the customer: the gateway's own path goes here.
        problem.setInstance(null);
        return problem;
    }

    /** The service's problem; null when its answer holds none, e.g. the HTML page its Tomcat refuses a request with. */
    private static ProblemDetail problemIn(RestClientResponseException answer) {
        try {
            return answer.getResponseBodyAs(ProblemDetail.class);
        } catch (UnknownContentTypeException notAProblem) {
            return null;
        }
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String fieldOf(MismatchedInputException mismatch) {
        return mismatch.getPath().stream()
                .map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining("."));
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
