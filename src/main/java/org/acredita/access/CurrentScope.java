package org.acredita.access;

import java.util.function.Supplier;

/**
 * Holds the scope of the work running on this thread. A request filter sets it once per request;
 * background work states its scope explicitly with {@link #runAs}. Without one, nothing is visible.
 */
public final class CurrentScope {

    private static final ThreadLocal<AccessScope> SCOPE = new ThreadLocal<>();

    private CurrentScope() {
    }

    public static AccessScope get() {
        AccessScope scope = SCOPE.get();
        return scope == null ? AccessScope.NOBODY : scope;
    }

    public static <T> T runAs(AccessScope scope, Supplier<T> work) {
        AccessScope previous = SCOPE.get();
        SCOPE.set(scope);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static void runAs(AccessScope scope, Runnable work) {
        runAs(scope, () -> {
            work.run();
            return null;
        });
    }

    /** For the request filter, which clears it in a finally block. */
    public static void set(AccessScope scope) {
        SCOPE.set(scope);
    }

    public static void clear() {
        SCOPE.remove();
    }

    private static void restore(AccessScope previous) {
        if (previous == null) {
            SCOPE.remove();
        } else {
            SCOPE.set(previous);
        }
    }
}
