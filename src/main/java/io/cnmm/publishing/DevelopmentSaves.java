package io.cnmm.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The last development save's outcome, kept in memory: it describes this process's folders only. */
@ApplicationScoped
public class DevelopmentSaves {

    private volatile DevelopmentSave last;

    /** Empty outside development mode, and before the first compile of the folders. */
    public Optional<DevelopmentSave> last() {
        return Optional.ofNullable(last);
    }

    void record(DevelopmentSave save) {
        last = save;
    }
}
