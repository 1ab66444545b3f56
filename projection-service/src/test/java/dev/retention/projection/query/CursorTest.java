package dev.retention.projection.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.projection.model.TallyKey;
import dev.retention.projection.stream.ProjectionStores;
import org.junit.jupiter.api.Test;

class CursorTest {

  @Test
  void shouldRoundTripAKeyOfTheSameQuery() {
    SegmentQuery query = new SegmentQuery("HIGH", null, null, null);
    String key = TallyKey.of("HIGH", "NONE", "ACTIVE", "c-1");
    assertThat(Cursor.decode(Cursor.encode(key), query)).contains(key);
  }

  @Test
  void shouldRefuseMadeUpCursorsAndCursorsOfAnotherQuery() {
    String key = TallyKey.of("HIGH", "NONE", "ACTIVE", "c-1");
    assertThat(Cursor.decode("zzz", new SegmentQuery(null, null, null, null))).isEmpty();
    assertThat(Cursor.decode("!!", new SegmentQuery(null, null, null, null))).isEmpty();
    assertThat(Cursor.decode(Cursor.encode(key), new SegmentQuery("LOW", null, null, null))).isEmpty();
  }

  @Test
  void shouldScanTheLongestFixedPrefixOfTheRightIndex() {
    assertThat(new SegmentQuery("HIGH", "LOW", null, null).prefix()).isEqualTo(TallyKey.prefix("HIGH", "LOW"));
    assertThat(new SegmentQuery(null, "LOW", "NEW", null).prefix()).isEmpty();
    assertThat(new SegmentQuery("HIGH", null, "NEW", "books").store()).isEqualTo(ProjectionStores.CATEGORY_INDEX);
    assertThat(new SegmentQuery("HIGH", null, "NEW", "books").prefix()).isEqualTo(TallyKey.prefix("books"));
  }
}
