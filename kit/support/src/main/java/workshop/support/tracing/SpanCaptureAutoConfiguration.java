package workshop.support.tracing;

import io.opentelemetry.sdk.trace.SpanProcessor;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Captures spans in memory wherever tests run. JUnit is on the classpath only in test scope, so a service
 * started for real (./workshop start) never keeps its spans in memory.
 */
@AutoConfiguration
@ConditionalOnClass(name = { "io.opentelemetry.sdk.trace.SpanProcessor", "org.junit.jupiter.api.Test" })
public class SpanCaptureAutoConfiguration {

    @Bean
    SpanProcessor workshopSpanCapture() {
        return new SpanCapture();
    }
}
