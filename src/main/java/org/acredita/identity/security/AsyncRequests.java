package org.acredita.identity.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Requests finished on another thread (streamed downloads) keep the caller's scope there. */
@Configuration(proxyBeanMethods = false)
class AsyncRequests implements WebMvcConfigurer {

    @Override
    public void configureAsyncSupport(AsyncSupportConfigurer async) {
        async.registerCallableInterceptors(new ScopeCarriedToAsyncWork());
    }
}
