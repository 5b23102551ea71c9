package org.socorg.platform.organization.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-tolerant, never-repeating counters kept in the database (organization codes, certificate numbers).
 * The row lock is held until the caller's transaction ends, so two approvals in one division are serialised
 * and can never draw the same number; a rolled-back approval leaves a gap, which is harmless, never a reuse.
 */
@Component
public class RegistrySequences {

    private final SequenceMapper mapper;

    RegistrySequences(SequenceMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String name) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Long current = mapper.lockCurrent(name);
            if (current != null) {
                mapper.advance(name, current + 1);
                return current;
            }
            try {
                mapper.insertFirst(name, 2);
                return 1;
            } catch (DuplicateKeyException raced) {
                // another transaction created the counter first: lock it and go on from there
            }
        }
        throw new IllegalStateException("Could not allocate from sequence " + name);
    }
}
