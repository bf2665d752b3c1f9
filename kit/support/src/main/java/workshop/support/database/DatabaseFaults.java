package workshop.support.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Faults between a test's shop and its database. Imported into a test's configuration, it wraps every
 * {@link DataSource} of the context; a test then arms one fault, which fires at the next statement whose SQL contains
 * a given text: the connection fails there (the statement throws, as when the database goes away, and what the
 * transaction wrote is rolled back), or the statement is held back first. Unarmed, every call goes straight through.
 * A test-scope tool: no application has it on its classpath.
 */
public class DatabaseFaults implements BeanPostProcessor {

    private final AtomicReference<Fault> armed = new AtomicReference<>();

    private volatile boolean fired;

    /** The connection fails at the next statement that contains this text (ignoring case). */
    public void failConnectionAt(String sql) {
        arm(new Fault(sql, Duration.ZERO));
    }

    /** The next statement that contains this text (ignoring case) is held back this long, then runs. */
    public void delayAt(String sql, Duration delay) {
        arm(new Fault(sql, delay));
    }

    /** Whether the armed fault met its statement. */
    public boolean fired() {
        return fired;
    }

    /** Disarms a fault that did not fire; the database answers as usual again. */
    public void heal() {
        armed.set(null);
    }

    private void arm(Fault fault) {
        fired = false;
        armed.set(fault);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource)) {
            return bean;
        }
        // A subclass proxy, so the bean keeps its type (a pool's own class where the application asks for it).
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            Object result = invocation.proceed();
            return invocation.getMethod().getName().equals("getConnection") && result instanceof Connection connection
                    ? faulty(connection, Connection.class) : result;
        });
        return proxy.getProxy(bean.getClass().getClassLoader());
    }

    /** A connection, or one of its statements, whose SQL goes past the armed fault first. */
    private <T> T faulty(T target, Class<T> type) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (arguments != null && arguments.length > 0 && arguments[0] instanceof String sql
                    && carriesSql(method)) {
                meet(sql);
            }
            try {
                Object result = method.invoke(target, arguments);
                return result instanceof Statement statement && method.getReturnType() == Statement.class
                        ? faulty(statement, Statement.class) : result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static boolean carriesSql(Method method) {
        String name = method.getName();
        return name.startsWith("prepare") || name.startsWith("execute") || name.equals("addBatch");
    }

    private void meet(String sql) throws SQLTransientConnectionException {
        Fault fault = armed.get();
        if (fault == null || !fault.matches(sql) || !armed.compareAndSet(fault, null)) {
            return;
        }
        fired = true;
        if (fault.delay().isZero()) {
            throw new SQLTransientConnectionException("The connection to the database failed (a fault the test"
                    + " injected at: " + fault.sql() + ")", "08006");
        }
        try {
            Thread.sleep(fault.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Fault(String sql, Duration delay) {

        boolean matches(String statement) {
            return statement.toLowerCase(Locale.ROOT).contains(sql.toLowerCase(Locale.ROOT));
        }
    }
}
