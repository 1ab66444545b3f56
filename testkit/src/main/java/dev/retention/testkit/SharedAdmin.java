package dev.retention.testkit;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.ForwardingAdmin;

/**
 * The one {@link org.apache.kafka.clients.admin.Admin} a {@link TestKafka} hands out. Closing it from a test is
 * harmless (ignored), so try-with-resources cannot break later tests; testkit closes it with the cluster.
 */
final class SharedAdmin extends ForwardingAdmin {

    SharedAdmin(Map<String, Object> config) {
        super(config);
    }

    @Override
    public void close(Duration timeout) {
        // owned by TestKafka; see release()
    }

    void release() {
        super.close(Duration.ofSeconds(5));
    }
}
