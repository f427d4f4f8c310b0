package org.acredita.commission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.commission.internal.CertificateHash;
import org.acredita.commission.internal.DecisionStore;
import org.acredita.commission.internal.DecisionStore.AwardRow;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.standards.AccreditationProgramme;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Award certificates: whoever reads the agency downloads its certificates; anyone, without signing in, verifies
 * one by its number and the hash its link carries, and learns only whether it is valid, expired, suspended or
 * revoked with the agency, programme and dates. An unknown number or another hash is simply not found.
 */
@Service
public class Certificates {

    private final DecisionStore store;
    private final AgencyGate gate;
    private final Organisations organisations;
    private final Clock clock;

    Certificates(DecisionStore store, AgencyGate gate, Organisations organisations, Clock clock) {
        this.store = store;
        this.gate = gate;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The certificate of an award the caller may read. */
    @Transactional(readOnly = true)
    public Certificate of(UUID awardId) {
        AwardRow award = store.award(awardId).filter(a -> a.certificateNumber() != null)
                .orElseThrow(NotFoundException::new);
        return certificate(award, gate.readable(award.agencyId()));
    }

    /** The certificate the public link names, checked as the system: nobody's reach is involved. */
    public Optional<Certificate> verify(String number, String shortHash) {
        if (number == null || number.length() > 40 || shortHash == null) {
            return Optional.empty();
        }
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> store.awardNumbered(number.strip())
                .filter(a -> CertificateHash.matches(a.certificateHash(), shortHash, Certificate.SHORT_HASH))
                .map(a -> certificate(a, organisations.get(a.agencyId()))));
    }

    private Certificate certificate(AwardRow award, Organisation agency) {
        return new Certificate(award.id(), award.certificateNumber(), agency.name(),
                AccreditationProgramme.valueOf(award.programme()), award.tier(), award.awardedOn(),
                award.expiresOn(), status(award, agency), award.certificateHash().substring(0, Certificate.SHORT_HASH));
    }

    private CertificateStatus status(AwardRow award, Organisation agency) {
        return switch (award.status()) {
            case "SUSPENDED" -> CertificateStatus.SUSPENDED;
            case "REVOKED" -> CertificateStatus.REVOKED;
            case "EXPIRED" -> CertificateStatus.EXPIRED;
            default -> LocalDate.now(clock.withZone(agency.timeZone())).isAfter(award.expiresOn())
                    ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
        };
    }
}
