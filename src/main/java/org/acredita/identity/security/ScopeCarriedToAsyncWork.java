package org.acredita.identity.security;

import java.util.concurrent.Callable;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.async.CallableProcessingInterceptor;

/**
 * Carries the caller's scope to the thread Spring MVC runs a request's async work on (a streamed body such as a file
 * export, a Callable): without it the services and row-level security would see no caller there, whether the
 * caller signed in by form or came with a token.
 */
class ScopeCarriedToAsyncWork implements CallableProcessingInterceptor {

    private static final String SCOPE = ScopeCarriedToAsyncWork.class.getName() + ".scope";

    /** On the request thread, where AccessScopeFilter set the scope. */
    @Override
    public <T> void beforeConcurrentHandling(NativeWebRequest request, Callable<T> task) {
        request.setAttribute(SCOPE, CurrentScope.get(), RequestAttributes.SCOPE_REQUEST);
    }

    /** On the async thread, before the work. */
    @Override
    public <T> void preProcess(NativeWebRequest request, Callable<T> task) {
        if (request.getAttribute(SCOPE, RequestAttributes.SCOPE_REQUEST) instanceof AccessScope scope) {
            CurrentScope.set(scope);
        }
    }

    /** On the async thread, after the work (also when it failed): the thread goes back to its pool clean. */
    @Override
    public <T> void postProcess(NativeWebRequest request, Callable<T> task, Object result) {
        CurrentScope.clear();
    }
}
