package org.acredita.identity.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/** Puts {@link SessionsTouchedOncePerMinute} in front of Spring Session's JDBC store, so reads do not write. */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    static BeanPostProcessor sessionsTouchedOncePerMinute() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository store
                        ? new SessionsTouchedOncePerMinute<>(store) : bean;
            }
        };
    }
}
