package shop.web;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem the shop answers carries the trace id of its request, whoever made the problem: a customer who
 * reports an error hands support the one trace that shows what happened.
 */
@RestControllerAdvice
class ProblemTraceIds implements ResponseBodyAdvice<Object> {

    private final Tracer tracer;

    ProblemTraceIds(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        Span span = tracer.currentSpan();
        if (body instanceof ProblemDetail problem && span != null) {
            problem.setProperty("traceId", span.context().traceId());
        }
        return body;
    }
}
