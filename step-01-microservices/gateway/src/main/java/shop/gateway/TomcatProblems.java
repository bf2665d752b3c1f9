package shop.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * The requests Tomcat refuses before they reach the gateway (an encoded NUL or slash in a path, a request line or a
 * header beyond its limits) get an RFC 9457 problem like every other refusal, not Tomcat's HTML error page. Only the
 * gateway's Tomcat answers customers: the services behind it get ids the gateway checked ({@link PathIds}), and
 * should one of them refuse a request with an error page all the same, {@link ProblemRelay} makes a problem of it.
 */
@Configuration(proxyBeanMethods = false)
class TomcatProblems {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> refusedRequestsAnswerWithProblems() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReport.class.getName());
            }
        });
    }

    /** Tomcat's error report, written as a problem; Tomcat creates it by its class name. */
    public static class ProblemReport extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable failure) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"The request was refused before it reached the shop.\"}");
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // The connection is gone: there is no one left to answer.
            }
        }
    }
}
