package dev.retention.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.json.JsonSerde;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentationPayloadsTest {

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() {
    List<SegmentationPayloads.Timed> a = new ArrayList<>();
    List<SegmentationPayloads.Timed> b = new ArrayList<>();
    List<SegmentationPayloads.Timed> c = new ArrayList<>();
    SegmentationPayloads.forEach(50, 4, 7, a::add);
    SegmentationPayloads.forEach(50, 4, 7, b::add);
    SegmentationPayloads.forEach(50, 4, 8, c::add);
    assertThat(a).hasSize(200);
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).payload().key()).isEqualTo(b.get(i).payload().key());
      assertThat(a.get(i).payload().json()).isEqualTo(b.get(i).payload().json());
      assertThat(a.get(i).timestampMs()).isEqualTo(b.get(i).timestampMs());
    }
    assertThat(Arrays.equals(a.get(0).payload().json(), c.get(0).payload().json())).isFalse();
  }

  @Test
  void eventsAreInTimeOrderPerCustomerAndParseAsCloudEvents() {
    JsonSerde<CloudEvent> serde = JsonSerde.of(CloudEvent.class);
    Map<String, Long> last = new HashMap<>();
    int customers = SegmentationPayloads.forEach(20, 5, 42, t -> {
      Long before = last.put(t.payload().key(), t.timestampMs());
      assertThat(before == null || before <= t.timestampMs()).isTrue();
      CloudEvent event = serde.read(t.payload().json());
      assertThat(event.time().toEpochMilli()).isEqualTo(t.timestampMs());
    });
    assertThat(customers).isEqualTo(last.size()).isLessThanOrEqualTo(20);
  }
}
