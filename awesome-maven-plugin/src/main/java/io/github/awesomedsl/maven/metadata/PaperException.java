package io.github.awesomedsl.maven.metadata;

import io.github.awesomedsl.metadata.PaperRecord;
import java.util.Map;

/** A paper service stopped answering (or asked to wait beyond the cap): what was fetched before is kept. */
public final class PaperException extends Exception {
    private final transient Map<String, PaperRecord> fetched;

    PaperException(String message, Map<String, PaperRecord> fetched) {
        super(message);
        this.fetched = Map.copyOf(fetched);
    }

    /** What was fetched before the run stopped, by lock key. */
    public Map<String, PaperRecord> fetched() {
        return fetched;
    }
}
