package shop.cart;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Answers a failed call to the catalog as an RFC 9457 problem: a 4xx problem from the catalog is relayed as it is
 * (an unknown product stays a 404), and a catalog that fails, cannot be reached or does not answer in time becomes
 * a 502, 503 or 504 naming it. Every other failure is the shop's {@code Problems} to answer.
 */
@RestControllerAdvice
class ProblemRelay {

    private static final Logger log = LoggerFactory.getLogger(ProblemRelay.class);

    @ExceptionHandler
    ProblemDetail serviceCallFailed(ServiceCallFailed failed) {
        ProblemDetail problem = problemFor(failed.service(), failed.getCause());
        if (problem.getStatus() >= 500) {
            log.warn("Call to {} failed: {}", failed.service(), failed.getCause().getMostSpecificCause().toString());
        }
        return problem;
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
        ProblemDetail problem = answer.getResponseBodyAs(ProblemDetail.class);
        if (problem == null) {
            problem = ProblemDetail.forStatus(answer.getStatusCode());
        }
        problem.setStatus(answer.getStatusCode().value());
        // The path inside the other service means nothing to our caller: our own path goes here.
        problem.setInstance(null);
        return problem;
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
}
