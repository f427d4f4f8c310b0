package org.acredita.identity.security;

import jakarta.servlet.Filter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

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

    /** Just outside Spring Session's filter, so its reads at the start and at the end of a request are one. */
    @Bean
    FilterRegistrationBean<Filter> sessionReadOncePerRequest(ObjectProvider<SessionRepository<?>> store) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                store.getIfAvailable() instanceof SessionsTouchedOncePerMinute<?> touched ? touched::oneRequest
                        : (request, response, chain) -> chain.doFilter(request, response));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }
}
