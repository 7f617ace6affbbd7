package io.cnmm.security;

import io.cnmm.observability.SignInMetrics;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Signs in the users of {@code app_user} with HTTP Basic: every request is checked against the
 * user's row (there are no sessions to steal), and the password against the stored bcrypt hash,
 * once per user and hash ({@link VerifiedPasswords}). This is what
 * quarkus-security-jpa does; that extension is missing from our Maven repository at Quarkus 3.34.1.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    Users users;
    @Inject
    Passwords passwords;
    @Inject
    VerifiedPasswords verified;
    @Inject
    SignInMetrics metrics;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return context.runBlocking(() -> signIn(request.getUsername(), new String(request.getPassword().getPassword())));
    }

    private SecurityIdentity signIn(String username, String password) {
        UserAccount user = users.named(username).orElse(null); // read on every request: roles and deletions count at once
        if (user == null || !verified.known(username, password, user.passwordHash)) {
            // An unknown name, and a password with characters no password may hold, cost the same bcrypt check as a
            // wrong password, so timing tells neither which names exist nor which characters are refused.
            if (!passwords.matches(password, user == null ? null : user.passwordHash) || user == null) {
                metrics.failed(user == null ? SignInMetrics.Reason.UNKNOWN_USER : SignInMetrics.Reason.WRONG_PASSWORD);
                throw new AuthenticationFailedException("wrong user name or password");
            }
            verified.remember(username, password, user.passwordHash);
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRoles(java.util.Set.copyOf(user.roleList()))
                .build();
    }
}
