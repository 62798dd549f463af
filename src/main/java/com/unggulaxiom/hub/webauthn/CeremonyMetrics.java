package com.unggulaxiom.hub.webauthn;

import com.unggulaxiom.hub.web.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts finished ceremonies by outcome, as MicroProfile Metrics {@code ceremonies_total{ceremony, outcome}}:
 * outcome {@code success}, or the problem type slug of the refusal.
 */
@ApplicationScoped
public class CeremonyMetrics {

    static final String NAME = "ceremonies";

    @Inject
    MetricRegistry registry;

    /** Runs the finish of {@code ceremony} ("registration" or "authentication") and counts its outcome. */
    public <T> T observe(String ceremony, Supplier<T> finish) {
        try {
            T result = finish.get();
            count(ceremony, "success");
            return result;
        } catch (RefusedException refused) {
            count(ceremony, refused.refusal().slug());
            throw refused;
        }
    }

    private void count(String ceremony, String outcome) {
        registry.counter(NAME, new Tag("ceremony", ceremony), new Tag("outcome", outcome)).inc();
    }
}
