package org.acredita.access.internal;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wraps the application's data source so every connection carries the caller's scope. */
@Configuration(proxyBeanMethods = false)
class ScopedDataSourceConfiguration {

    @Bean
    static BeanPostProcessor scopedDataSourcePostProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ScopedDataSource)) {
                    return new ScopedDataSource(dataSource);
                }
                return bean;
            }
        };
    }
}
