package org.acredita.identity.security;

import jakarta.servlet.http.HttpServletResponse;
import org.acredita.access.CurrentScope;
import org.acredita.identity.internal.AccessTokens;
import org.acredita.identity.internal.SignedInUserLoader;
import org.acredita.identity.signin.ProviderSignIn;
import org.acredita.identity.signin.SignInProperties;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in by form (unless passwords are turned off) or through an OpenID Connect provider for people (pages and API) and by personal access token for API clients (API only), with the
 * same authorisation behind both: every request gets its {@link org.acredita.access.AccessScope}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** bcrypt by default; the delegating encoder lets a later hash upgrade keep old hashes working. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    DaoAuthenticationProvider authenticationProvider(AccountDetailsService accounts, PasswordEncoder encoder,
            SignInProperties signIn) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts) {
            @Override
            public Authentication authenticate(Authentication authentication) {
                if (!signIn.passwords()) {
                    throw new PasswordsTurnedOff();
                }
                return super.authenticate(authentication);
            }

            @Override
            protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                    UserDetails user) {
                Account account = ((Account) user).withoutPassword();
                return super.createSuccessAuthentication(account, authentication, account);
            }
        };
        provider.setPasswordEncoder(encoder);
        // Only the lock is checked before the password; "disabled" is said only to whoever knows the password.
        provider.setPreAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("locked");
            }
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        return provider;
    }

    /** The browser sent a session cookie the store no longer knows: the session timed out. */
    private static boolean expired(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, AccessTokens tokens,
            ProblemWriter problems, SignedInUserLoader loader, ProviderRegistrations providers,
            ProviderSignIn providerSignIn, SignInProperties signIn) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").access((authentication, request) ->
                                new AuthorizationDecision(CurrentScope.get().isAdmin()))
                        .requestMatchers("/login", ProviderAuthorizationRequests.BASE + "/*", "/language", "/setup/**", "/invitation/**", "/webjars/**", "/assets/**",
                                "/favicon.ico", "/error", "/v3/api-docs/**", "/public/**", "/api/v1/public/**",
                                "/swagger-ui/**", "/swagger-ui.html", "/acknowledgements/*",
                                "/api/v1/acknowledgements/*").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(throttle).failureHandler(throttle)
                        .permitAll())
                // The same session as a password's: the same success handler, session fixation protection and
                // principal (Account), with the provider's tokens and claims dropped once the person is matched.
                .oauth2Login(oauth -> oauth.loginPage("/login").clientRegistrationRepository(providers)
                        .authorizedClientRepository(new NoProviderTokensKept())
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(
                                new ProviderAuthorizationRequests(providers, providerSignIn)))
                        .userInfoEndpoint(info -> info.oidcUserService(new ProviderUsers(providerSignIn)))
                        .successHandler(throttle)
                        .failureHandler(new ProviderSignInFailures(providerSignIn, signIn))
                        .withObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
                            @Override
                            public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationResultConverter(ProviderUsers.keepOnlyTheAccount());
                                return filter;
                            }
                        }))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("ACREDITA_SESSION"))
                // The public comment API carries no one's authority (anonymous, no session used), so a forged
                // request gains nothing; the public page's form keeps its token from the anonymous session. The
                // acknowledgement API acts only on the personal link's token in its path, never on the session.
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::authenticatesByToken,
                        PathPatternRequestMatcher.withDefaults().matcher("/api/v1/public/**"),
                        PathPatternRequestMatcher.withDefaults().matcher("/api/v1/acknowledgements/*")))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, e) -> problems.write(request, response,
                                HttpServletResponse.SC_UNAUTHORIZED, expired(request) ? "security.session.expired"
                                        : "security.authentication.required"), api)
                        .defaultAuthenticationEntryPointFor((request, response, e) -> response.sendRedirect(
                                request.getContextPath() + (expired(request) ? "/login?expired" : "/login")),
                                request -> true)
                        .defaultAccessDeniedHandlerFor((request, response, e) -> problems.write(request, response,
                                HttpServletResponse.SC_FORBIDDEN, "security.csrf.invalid"), api)
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), request -> true))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                // Before authorisation, so rules that need the caller's roles (metrics) can read the scope.
                .addFilterBefore(new AccessScopeFilter(loader), AuthorizationFilter.class);
        return http.build();
    }
}
