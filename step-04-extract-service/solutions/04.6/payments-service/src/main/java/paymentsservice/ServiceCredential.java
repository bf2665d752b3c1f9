package paymentsservice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Only the shop may call the payments API: every request to it carries the shop's credential
 * ({@code Authorization: Bearer <payments-service.credential>}), or is answered with a 401 problem before it reaches a
 * controller. The health endpoint stays open, for whoever runs the service.
 */
@Configuration(proxyBeanMethods = false)
class ServiceCredential implements WebMvcConfigurer, HandlerInterceptor {

    private final byte[] expected;

    ServiceCredential(@Value("${payments-service.credential}") String credential) {
        this.expected = ("Bearer " + credential).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/payments/**", "/cards/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String given = request.getHeader(HttpHeaders.AUTHORIZATION);
        // Compared in constant time: how long a refusal takes says nothing about how much of a guess was right.
        if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            throw new NotTheShop();
        }
        return true;
    }

    static class NotTheShop extends ErrorResponseException {

        NotTheShop() {
            super(HttpStatus.UNAUTHORIZED);
            getBody().setTitle("Unauthorized");
            getBody().setDetail("payments-service answers the shop only, with its credential.");
        }
    }
}
