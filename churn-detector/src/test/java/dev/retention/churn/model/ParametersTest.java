package dev.retention.churn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersTest {

  @Test
  void shouldRoundTripBgNbdParametersByName() {
    BgNbdParameters p = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

    assertThat(p.asMap()).containsEntry("alpha", 4.414).hasSize(4);
    assertThat(BgNbdParameters.fromMap(p.asMap())).isEqualTo(p);
  }

  @Test
  void shouldRoundTripGammaGammaParametersByName() {
    GammaGammaParameters g = new GammaGammaParameters(6.25, 3.74, 15.44);

    assertThat(GammaGammaParameters.fromMap(g.asMap())).isEqualTo(g);
  }

  @Test
  void shouldNameAMissingOrInvalidParameter() {
    assertThatThrownBy(() -> BgNbdParameters.fromMap(Map.of("r", 1, "alpha", 1, "a", 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parameter b is missing");
    assertThatThrownBy(() -> GammaGammaParameters.fromMap(Map.of("p", 1, "q", -1, "gamma", 1)))
        .hasMessageContaining("q must be");
  }
}
