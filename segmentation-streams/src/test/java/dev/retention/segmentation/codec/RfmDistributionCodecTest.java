package dev.retention.segmentation.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.segmentation.rfm.RfmDistribution;
import dev.retention.segmentation.rfm.RfmValues;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RfmDistributionCodecTest {

  @Test
  void shouldReadBackWhatItWrote() {
    Random random = new Random(1);
    RfmDistribution.Builder b = new RfmDistribution.Builder(2);
    for (int i = 0; i < 100_000; i++) {
      b.add(new RfmValues(random.nextInt(730), random.nextInt(60), BigDecimal.valueOf(random.nextInt(2_000_000), 2)));
    }
    RfmDistribution d = b.build();

    byte[] bytes = RfmDistributionCodec.encode(d);
    System.out.printf("RFM distribution of 100000 customers: %d bytes%n", bytes.length);

    assertThat(RfmDistributionCodec.decode(bytes)).isEqualTo(d);
    assertThat(RfmDistributionCodec.decode(RfmDistributionCodec.encode(RfmDistribution.empty(2))))
        .isEqualTo(RfmDistribution.empty(2));
    assertThat(bytes.length).isLessThan(16_000);
  }

  @Test
  void shouldRefuseAnUnknownVersion() {
    byte[] bytes = RfmDistributionCodec.encode(RfmDistribution.empty(2));
    bytes[0] = 2;

    assertThatThrownBy(() -> RfmDistributionCodec.decode(bytes)).hasMessageContaining("version 2");
  }
}
