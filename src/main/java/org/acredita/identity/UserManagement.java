package org.acredita.identity;

import org.acredita.identity.internal.InteractiveSession;
import org.acredita.identity.internal.AccountRules;
import org.acredita.identity.internal.CreatedUser;
import org.acredita.identity.internal.NewUser;
import org.acredita.identity.internal.PasswordPolicy;
import org.acredita.identity.internal.UserAccount;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.internal.OneTimeLinkRepository;
import org.acredita.identity.internal.OneTimeLinkRepository.Purpose;
import org.acredita.identity.internal.OrganisationRepository;
import org.acredita.identity.internal.Secrets;
import org.acredita.identity.internal.StaffQueries;
import org.acredita.identity.internal.UserRepository;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and inviting users, granting and revoking roles, assignments, and a user's own settings. */
@Service
public class UserManagement {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private final UserRepository users;
    private final StaffQueries staff;
    private final OrganisationRepository organisations;
    private final OneTimeLinkRepository links;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    UserManagement(UserRepository users, StaffQueries staff,
            OrganisationRepository organisations, OneTimeLinkRepository links, PasswordEncoder passwords,
            AuditTrail audit, Clock clock) {
        this.users = users;
        this.staff = staff;
        this.organisations = organisations;
        this.links = links;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> list(UUID organisationId) {
        CurrentScope.get().requireRole(Role.ADMIN);
        return users.findAll(organisationId);
    }

    /** Enabled people who hold no role yet (they sign in to an empty page): administrators only. */
    @Transactional(readOnly = true)
    public List<StaffMember> withoutRoles() {
        CurrentScope.get().requireRole(Role.ADMIN);
        return staff.withoutRoles();
    }

    @Transactional(readOnly = true)
    public UserAccount get(UUID userId) {
        AccessScope scope = CurrentScope.get();
        if (!scope.isAdmin() && !userId.equals(scope.userId())) {
            throw new NotFoundException();
        }
        return users.findById(userId).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public CreatedUser create(NewUser request) {
        AccessScope scope = CurrentScope.get();
        scope.requireRole(Role.ADMIN);
        String username = AccountRules.username(request.username());
        String displayName = AccountRules.displayName(request.displayName());
        String email = request.email() == null || request.email().isBlank() ? null : request.email().strip();
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw RuleViolation.onField("email", "identity.user.email.invalid");
        }
        String locale = SupportedLocales.match(request.locale()).orElse(SupportedLocales.SPANISH);
        if (request.organisationId() == null) {
            throw RuleViolation.onField("organisationId", "identity.user.organisation.required");
        }
        Organisation organisation = organisations.findById(request.organisationId())
                .orElseThrow(() -> RuleViolation.onField("organisationId", "identity.user.organisation.required"));
        Set<Role> roles = request.roles() == null ? Set.of() : request.roles();
        roles.forEach(role -> requireHoldable(role, organisation));
        boolean invited = request.password() == null || request.password().isEmpty();
        if (!invited) {
            PasswordPolicy.check(username, request.password());
        }
        if (users.usernameTaken(username)) {
            throw RuleViolation.onField("username", "identity.user.username.taken", username);
        }
        UUID id = users.insert(username, displayName, email, locale, organisation.id(), organisation.agencyId(),
                invited ? null : passwords.encode(request.password()));
        roles.forEach(role -> users.grant(id, role, organisation.agencyId(), scope.userId()));
        String invitationPath = null;
        if (invited) {
            String secret = Secrets.newSecret("inv_");
            links.insert(Secrets.hash(secret), Purpose.INVITATION, id, organisation.agencyId(),
                    clock.instant().plus(INVITATION_VALIDITY));
            invitationPath = "/invitation/" + secret;
        }
        audit.record(invited ? "USER_INVITED" : "USER_CREATED", "user", id.toString(), organisation.agencyId(),
                username + " · " + organisation.name() + " · " + roles);
        return new CreatedUser(id, invitationPath);
    }

    @Transactional
    public void grantRole(UUID userId, Role role) {
        AccessScope scope = CurrentScope.get();
        scope.requireRole(Role.ADMIN);
        UserAccount user = users.findById(userId).orElseThrow(NotFoundException::new);
        Organisation organisation = organisations.findById(user.organisationId()).orElseThrow(NotFoundException::new);
        requireHoldable(role, organisation);
        if (user.roles().contains(role)) {
            return;
        }
        users.grant(userId, role, organisation.agencyId(), scope.userId());
        audit.record("ROLE_GRANTED", "user", userId.toString(), organisation.agencyId(), user.username() + " +" + role);
    }

    @Transactional
    public void revokeRole(UUID userId, Role role) {
        AccessScope scope = CurrentScope.get();
        scope.requireRole(Role.ADMIN);
        UserAccount user = users.findById(userId).orElseThrow(NotFoundException::new);
        if (!user.roles().contains(role)) {
            return;
        }
        if (role == Role.ADMIN) {
            requireAnotherAdministrator(user);
        }
        users.revoke(userId, role);
        boolean stillAssignable = user.roles().stream().anyMatch(r -> r != role && r.worksOnAssignedAgencies());
        if (role.worksOnAssignedAgencies() && !stillAssignable) {
            users.unassignAll(userId);
        }
        audit.record("ROLE_REVOKED", "user", userId.toString(), agencyOf(user), user.username() + " -" + role);
    }

    @Transactional
    public void assignAgency(UUID userId, UUID agencyId) {
        AccessScope scope = CurrentScope.get();
        scope.requireRole(Role.ADMIN, Role.PROGRAMME_MANAGER);
        UserAccount user = users.findById(userId).orElseThrow(NotFoundException::new);
        Organisation agency = organisations.findById(agencyId).filter(Organisation::isAgency)
                .orElseThrow(() -> RuleViolation.onField("agencyId", "identity.assignment.notAgency"));
        if (user.roles().stream().noneMatch(Role::worksOnAssignedAgencies)) {
            throw new RuleViolation("identity.assignment.roleMissing", user.username());
        }
        requireMayAssign(scope, user);
        users.assign(userId, agencyId, scope.userId());
        audit.record("AGENCY_ASSIGNED", "user", userId.toString(), agencyId, user.username() + " → " + agency.name());
    }

    @Transactional
    public void unassignAgency(UUID userId, UUID agencyId) {
        AccessScope scope = CurrentScope.get();
        scope.requireRole(Role.ADMIN, Role.PROGRAMME_MANAGER);
        UserAccount user = users.findById(userId).orElseThrow(NotFoundException::new);
        requireMayAssign(scope, user);
        if (users.unassign(userId, agencyId) > 0) {
            audit.record("AGENCY_UNASSIGNED", "user", userId.toString(), agencyId, user.username());
        }
    }

    @Transactional(readOnly = true)
    public Set<UUID> assignedAgencies(UUID userId) {
        CurrentScope.get().requireRole(Role.ADMIN, Role.PROGRAMME_MANAGER);
        return users.assignedAgencies(userId);
    }

    @Transactional
    public void setEnabled(UUID userId, boolean enabled) {
        AccessScope scope = CurrentScope.get();
        scope.requireRole(Role.ADMIN);
        UserAccount user = users.findById(userId).orElseThrow(NotFoundException::new);
        if (!enabled && userId.equals(scope.userId())) {
            throw new RuleViolation("identity.user.disableSelf");
        }
        if (!enabled && user.roles().contains(Role.ADMIN)) {
            requireAnotherAdministrator(user);
        }
        users.setEnabled(userId, enabled);
        audit.record(enabled ? "USER_ENABLED" : "USER_DISABLED", "user", userId.toString(), agencyOf(user),
                user.username());
    }

    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AccessScope scope = requireSignedIn();
        InteractiveSession.require();
        UserAccount user = users.findById(scope.userId()).orElseThrow(NotFoundException::new);
        String hash = users.passwordHash(user.id()).orElse(null);
        if (hash == null || currentPassword == null || !passwords.matches(currentPassword, hash)) {
            throw RuleViolation.onField("currentPassword", "identity.password.currentWrong");
        }
        PasswordPolicy.check(user.username(), newPassword);
        users.setPassword(user.id(), passwords.encode(newPassword));
        audit.record("PASSWORD_CHANGED", "user", user.id().toString(), agencyOf(user), user.username());
    }

    @Transactional
    public String changeOwnLocale(String requested) {
        AccessScope scope = requireSignedIn();
        String locale = SupportedLocales.match(requested)
                .orElseThrow(() -> RuleViolation.onField("locale", "identity.locale.unsupported", String.valueOf(requested),
                        String.join(", ", SupportedLocales.ALL)));
        UserAccount user = users.findById(scope.userId()).orElseThrow(NotFoundException::new);
        if (!locale.equals(user.locale())) {
            users.setLocale(user.id(), locale);
            audit.record("LANGUAGE_CHANGED", "user", user.id().toString(), agencyOf(user),
                    user.username() + " · " + user.locale() + " → " + locale);
        }
        return locale;
    }

    /** The caller's own e-mail address (where notifications are sent), or null. */
    @Transactional(readOnly = true)
    public String ownEmail() {
        return users.findById(requireSignedIn().userId()).map(UserAccount::email).orElse(null);
    }

    /** A person keeps their own address current; blank removes it (notifications are then in-app only). */
    @Transactional
    public void changeOwnEmail(String requested) {
        AccessScope scope = requireSignedIn();
        InteractiveSession.require();
        String email = requested == null || requested.isBlank() ? null : requested.strip();
        if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
            throw RuleViolation.onField("email", "identity.user.email.invalid");
        }
        UserAccount user = users.findById(scope.userId()).orElseThrow(NotFoundException::new);
        if (!java.util.Objects.equals(email, user.email())) {
            users.setEmail(user.id(), email);
            audit.record("EMAIL_CHANGED", "user", user.id().toString(), agencyOf(user),
                    user.username() + " · " + user.email() + " → " + email);
        }
    }

    /** An invited user's first password; the link works once and expires. Runs before sign-in. */
    @Transactional
    public String acceptInvitation(String secret, String password) {
        OneTimeLinkRepository.Link link = links.findForUse(Secrets.hash(secret))
                .filter(l -> l.purpose() == Purpose.INVITATION)
                .orElseThrow(() -> new RuleViolation("identity.invitation.invalid"));
        if (link.usedAt() != null || link.expiresAt().isBefore(clock.instant())) {
            throw new RuleViolation("identity.invitation.invalid");
        }
        UserAccount user = users.findById(link.userId()).orElseThrow(() -> new RuleViolation("identity.invitation.invalid"));
        PasswordPolicy.check(user.username(), password);
        users.setPassword(user.id(), passwords.encode(password));
        links.markUsed(link.tokenHash());
        audit.record("INVITATION_ACCEPTED", "user", user.id().toString(), agencyOf(user), user.username());
        return user.username();
    }

    /** The user name an unused, unexpired invitation is for, so the person knows how to sign in. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> invitedUsername(String secret) {
        return links.find(Secrets.hash(secret))
                .filter(l -> l.purpose() == Purpose.INVITATION && l.usedAt() == null
                        && l.expiresAt().isAfter(clock.instant()))
                .flatMap(l -> users.findById(l.userId())).map(UserAccount::username);
    }

    /**
     * Administrators assign anyone; the accreditation programme manager assigns the assessors and team
     * leaders of their own accreditation body, and nobody else's people.
     */
    private static void requireMayAssign(AccessScope scope, UserAccount user) {
        if (scope.isAdmin()) {
            return;
        }
        boolean ownAssessor = user.organisationId().equals(scope.organisationId())
                && user.roles().stream().anyMatch(r -> r == Role.ASSESSOR || r == Role.TEAM_LEADER);
        if (!ownAssessor) {
            throw new ForbiddenException();
        }
    }

    /** Serialises changes to administrators so two of them cannot remove each other at once. */
    private void requireAnotherAdministrator(UserAccount user) {
        users.lockAdministrators();
        if (user.enabled() && users.countWithRole(Role.ADMIN) <= 1) {
            throw new RuleViolation("identity.role.lastAdmin");
        }
    }

    private UUID agencyOf(UserAccount user) {
        return organisations.findById(user.organisationId()).map(Organisation::agencyId).orElse(null);
    }

    private static void requireHoldable(Role role, Organisation organisation) {
        if (!role.canBeHeldBy(organisation.kind())) {
            throw RuleViolation.onField("roles", "identity.role.wrongOrganisation",
                    new DefaultMessageSourceResolvable("role." + role.name()),
                    new DefaultMessageSourceResolvable("organisation.kind." + organisation.kind().name()));
        }
    }

    private static AccessScope requireSignedIn() {
        AccessScope scope = CurrentScope.get();
        if (!scope.isSignedIn()) {
            throw new ForbiddenException();
        }
        return scope;
    }
}
