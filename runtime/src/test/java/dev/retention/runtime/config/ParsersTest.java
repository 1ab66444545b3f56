package dev.retention.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParsersTest {

  @Nested
  class Ports {

    @Test
    void shouldAcceptTheWholeRange() {
      assertThat(Parsers.port().parse("1")).isEqualTo(1);
      assertThat(Parsers.port().parse("65535")).isEqualTo(65535);
      assertThat(Parsers.port().label()).isEqualTo("PORT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "65536", "-1", "kafka", "", "80.5", "99999999999"})
    void shouldRefuseWhatIsNotAClientPort(String raw) {
      assertThatThrownBy(() -> Parsers.port().parse(raw))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("must be a port number between 1 and 65535");
    }

    @Test
    void shouldLetAListenerAskForAnyFreePort() {
      assertThat(Parsers.listenPort().parse("0")).isZero();
      assertThatThrownBy(() -> Parsers.listenPort().parse("65536")).hasMessageContaining("between 0 (any free port)");
    }
  }

  @Nested
  class Numbers {

    @Test
    void shouldAcceptPositiveNumbersOnly() {
      assertThat(Parsers.positiveInt().parse("12")).isEqualTo(12);
      assertThatThrownBy(() -> Parsers.positiveInt().parse("0")).hasMessage("must be a whole number of at least 1");
      assertThatThrownBy(() -> Parsers.positiveInt().parse("2147483648"))
          .hasMessage("must be a whole number of at least 1");
    }

    @Test
    void shouldKeepABoundedNumberInItsRange() {
      Parser<Integer> threads = Parsers.intBetween(1, 64);
      assertThat(threads.parse("64")).isEqualTo(64);
      assertThatThrownBy(() -> threads.parse("65")).hasMessage("must be a whole number between 1 and 64");
    }
  }

  @Nested
  class Durations {

    @Test
    void shouldAcceptShortForms() {
      assertThat(Parsers.duration().parse("500ms")).isEqualTo(Duration.ofMillis(500));
      assertThat(Parsers.duration().parse("30s")).isEqualTo(Duration.ofSeconds(30));
      assertThat(Parsers.duration().parse("5m")).isEqualTo(Duration.ofMinutes(5));
      assertThat(Parsers.duration().parse("2h")).isEqualTo(Duration.ofHours(2));
      assertThat(Parsers.duration().parse("7d")).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void shouldAcceptIso8601InAnyCase() {
      assertThat(Parsers.duration().parse("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
      assertThat(Parsers.duration().parse("pt90s")).isEqualTo(Duration.ofSeconds(90));
      assertThat(Parsers.duration().parse("P7D")).isEqualTo(Duration.ofDays(7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "5", "5 s", "5S", "1w", "", "99999999999999999999d", "9999999999999999d"})
    void shouldRefuseWhatIsNotADuration(String raw) {
      assertThatThrownBy(() -> Parsers.duration().parse(raw))
          .hasMessage("must be a duration like 500ms, 60s, 2m or PT90S (units ms, s, m, h, d)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "0ms", "PT0S", "-PT5S"})
    void shouldRefuseZeroAndNegativeDurations(String raw) {
      assertThatThrownBy(() -> Parsers.duration().parse(raw)).hasMessage("must be positive");
    }

    @Test
    void shouldAllowZeroWhereZeroTurnsSomethingOff() {
      assertThat(Parsers.durationOrZero().parse("0s")).isEqualTo(Duration.ZERO);
      assertThat(Parsers.durationOrZero().parse("30s")).isEqualTo(Duration.ofSeconds(30));
      assertThatThrownBy(() -> Parsers.durationOrZero().parse("-PT5S")).hasMessage("must not be negative");
    }
  }

  @Nested
  class Sizes {

    @Test
    void shouldReadBinaryUnitsInEitherCase() {
      assertThat(Parsers.dataSize().parse("65536")).isEqualTo(65536L);
      assertThat(Parsers.dataSize().parse("512k")).isEqualTo(512L * 1024);
      assertThat(Parsers.dataSize().parse("1m")).isEqualTo(1024L * 1024);
      assertThat(Parsers.dataSize().parse("64MB")).isEqualTo(64L * 1024 * 1024);
      assertThat(Parsers.dataSize().parse("2g")).isEqualTo(2L * 1024 * 1024 * 1024);
    }

    @Test
    void shouldRefuseNonsenseZeroAndOverflow() {
      assertThatThrownBy(() -> Parsers.dataSize().parse("lots")).hasMessageContaining("like 65536, 512k, 64m or 1g");
      assertThatThrownBy(() -> Parsers.dataSize().parse("1t")).hasMessageContaining("like 65536, 512k, 64m or 1g");
      assertThatThrownBy(() -> Parsers.dataSize().parse("-1m")).hasMessageContaining("like 65536, 512k");
      assertThatThrownBy(() -> Parsers.dataSize().parse("0k")).hasMessage("must be positive");
      assertThatThrownBy(() -> Parsers.dataSize().parse("9999999999999g")).hasMessageStartingWith("is too large");
    }
  }

  @Nested
  class Hosts {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "broker-1", "kafka_1", "kafka.example.com", "::1", "fe80::1"})
    void shouldAcceptNamesAndAddresses(String raw) {
      assertThat(Parsers.host().parse(raw)).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-broker", "broker-", "a..b", "host name", "http://x", "[::1]", "1:2:3:z::"})
    void shouldRefuseWhatIsNotAHost(String raw) {
      assertThatThrownBy(() -> Parsers.host().parse(raw)).hasMessageContaining("must be a host name or IP address");
    }

    @Test
    void shouldReadBootstrapServers() {
      assertThat(Parsers.hostPortList().parse("127.0.0.1:9092, broker-2:9093,[::1]:9094"))
          .containsExactly("127.0.0.1:9092", "broker-2:9093", "[::1]:9094");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ",", "broker", "broker:", "broker:0", "broker:x", "::1:9092", "[::1]9092", "a b:1"})
    void shouldRefuseBadBootstrapServers(String raw) {
      assertThatThrownBy(() -> Parsers.hostPortList().parse(raw)).hasMessageContaining("must be host:port pairs");
    }
  }

  @Test
  void shouldReadPathsWithoutResolvingThem() {
    assertThat(Parsers.path().parse("data/x")).isEqualTo(Path.of("data/x"));
    assertThatThrownBy(() -> Parsers.path().parse("")).hasMessage("must not be empty");
    assertThatThrownBy(() -> Parsers.path().parse("a\0b")).hasMessageStartingWith("not a valid path");
  }

  @Test
  void shouldReadBooleansStrictly() {
    assertThat(List.of("true", "YES", "On").stream().map(Parsers.bool()::parse)).containsOnly(true);
    assertThat(List.of("false", "no", "OFF").stream().map(Parsers.bool()::parse)).containsOnly(false);
    assertThatThrownBy(() -> Parsers.bool().parse("1")).hasMessage("must be true or false");
  }

  @Test
  void shouldSplitListsAndDropEmptyItems() {
    assertThat(Parsers.stringList().parse("a, b,,c ,")).containsExactly("a", "b", "c");
    assertThat(Parsers.stringList().parse("")).isEmpty();
  }

  @Test
  void shouldRefuseBlankText() {
    assertThat(Parsers.nonBlank().parse("x")).isEqualTo("x");
    assertThatThrownBy(() -> Parsers.nonBlank().parse("")).hasMessage("must not be blank");
  }

  @Test
  void shouldAddRulesAndLabels() {
    Parser<Integer> even = Parsers.positiveInt().check(n -> n % 2 == 0, "must be even").withLabel("EVEN");

    assertThat(even.parse("4")).isEqualTo(4);
    assertThat(even.label()).isEqualTo("EVEN");
    assertThatThrownBy(() -> even.parse("3")).hasMessage("must be even");
    assertThatThrownBy(() -> even.parse("-2")).hasMessage("must be a whole number of at least 1");
  }
}
