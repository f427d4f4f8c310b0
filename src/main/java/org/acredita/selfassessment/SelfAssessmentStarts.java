package org.acredita.selfassessment;

import org.acredita.agencies.Phase;
import org.acredita.agencies.PhaseChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Opens the accreditation file when an agency enters self-assessment. Before commit, in the transition's own
 * transaction: the file exists exactly when the phase does, and the profile saved in the same transaction is
 * used. (The app has no event publication registry, so an after-commit module listener could lose the event.)
 */
@Component
class SelfAssessmentStarts {

    private static final Logger log = LoggerFactory.getLogger(SelfAssessmentStarts.class);

    private final FileOpening opening;
    private final org.acredita.selfassessment.internal.FileRepository files;

    SelfAssessmentStarts(FileOpening opening, org.acredita.selfassessment.internal.FileRepository files) {
        this.opening = opening;
        this.files = files;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(PhaseChanged event) {
        if (event.to() != Phase.SELF_ASSESSMENT || files.exists(event.agencyId(), event.programme())) {
            return;
        }
        // Without a published manual there is nothing to pin to yet; programme staff open it later.
        opening.latestEdition(event.programme()).ifPresentOrElse(
                edition -> opening.open(event.agencyId(), event.programme(), edition),
                () -> log.info("No published manual for {}: accreditation file of {} not opened", event.programme(),
                        event.agencyId()));
    }
}
