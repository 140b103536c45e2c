package dev.zonegraph.graph;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import org.neo4j.driver.observation.metrics.ConnectionPoolMetrics;
import org.neo4j.driver.observation.metrics.MetricsObservationProvider;
import org.springframework.stereotype.Component;

/**
 * The Neo4j driver's connection pools as meters ({@code neo4j.driver.connections} by state, and counters of
 * acquisitions, creations, closes and failures), summed over the pools the driver holds at the time of reading: a
 * cluster adds and drops a pool per member as its topology changes.
 */
@Component
class DriverPoolMeters implements MeterBinder {

    private final MetricsObservationProvider driver;

    DriverPoolMeters(MetricsObservationProvider driver) {
        this.driver = driver;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "in_use", ConnectionPoolMetrics::inUse);
        gauge(registry, "idle", ConnectionPoolMetrics::idle);
        gauge(registry, "creating", ConnectionPoolMetrics::creating);
        gauge(registry, "acquiring", ConnectionPoolMetrics::acquiring);
        counter(registry, "neo4j.driver.connections.acquired", "connections handed out by the pools",
                ConnectionPoolMetrics::acquired);
        counter(registry, "neo4j.driver.connections.acquisition.timeouts",
                "acquisitions that gave up waiting for a free connection", ConnectionPoolMetrics::timedOutToAcquire);
        counter(registry, "neo4j.driver.connections.opened", "connections opened", ConnectionPoolMetrics::created);
        counter(registry, "neo4j.driver.connections.failed", "connections that could not be opened",
                ConnectionPoolMetrics::failedToCreate);
        counter(registry, "neo4j.driver.connections.closed", "connections closed", ConnectionPoolMetrics::closed);
        FunctionCounter.builder("neo4j.driver.connections.acquisition.time", this,
                meters -> meters.sum(ConnectionPoolMetrics::totalAcquisitionTime) / 1000.0)
                .baseUnit("seconds").description("total time spent waiting for a connection").register(registry);
    }

    private void gauge(MeterRegistry registry, String state, ToDoubleFunction<ConnectionPoolMetrics> value) {
        Gauge.builder("neo4j.driver.connections", this, meters -> meters.sum(value)).tag("state", state)
                .description("connections of the driver's pools in this state").register(registry);
    }

    private void counter(MeterRegistry registry, String name, String description,
            ToDoubleFunction<ConnectionPoolMetrics> value) {
        FunctionCounter.builder(name, this, meters -> meters.sum(value)).description(description).register(registry);
    }

    private double sum(ToDoubleFunction<ConnectionPoolMetrics> value) {
        return driver.metrics().connectionPoolMetrics().stream().mapToDouble(value).sum();
    }
}
