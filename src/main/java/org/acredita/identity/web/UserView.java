package org.acredita.identity.web;

import java.util.List;
import org.acredita.access.Role;
import org.acredita.identity.Organisation;
import org.acredita.identity.internal.UserAccount;

/**
 * What an administrator's page of one user shows, read in one transaction by {@link UserViews}.
 *
 * @param grantable roles the user's organisation may hold that the user does not hold yet
 * @param agencies agencies the user could be assigned to; {@code assigned} those already assigned
 * @param assignable whether one of the user's roles works on assigned agencies
 */
public record UserView(UserAccount account, Organisation organisation, List<Role> grantable,
        List<Organisation> agencies, List<Organisation> assigned, boolean assignable) {
}
