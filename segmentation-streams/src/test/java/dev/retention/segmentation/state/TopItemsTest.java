package dev.retention.segmentation.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TopItemsTest {

  private static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void shouldRankExactlyWhileThereIsRoom() {
    TopItems items = TopItems.none()
        .add("books", eur("10.00"), 3)
        .add("music", eur("30.00"), 3)
        .add("books", eur("25.00"), 3)
        .add("games", eur("35.00"), 3);

    assertThat(items.top(2)).containsExactly(new RankedItem("books", 2, eur("35.00")),
        new RankedItem("games", 1, eur("35.00")));
    assertThat(items.top(5)).extracting(RankedItem::key).containsExactly("books", "games", "music");
  }

  @Test
  void shouldReplaceTheLeastCandidateAndInheritItsSpend() {
    TopItems items = TopItems.none()
        .add("a", eur("50.00"), 2)
        .add("b", eur("5.00"), 2)
        .add("c", eur("1.00"), 2);

    assertThat(items.candidates()).containsExactly(new RankedItem("a", 1, eur("50.00")),
        new RankedItem("c", 2, eur("6.00")));
  }

  @Test
  void shouldKeepEveryItemAboveItsShareOfTheTotal() {
    TopItems items = TopItems.none();
    for (int i = 0; i < 200; i++) {
      items = items.add("rare-" + i, eur("1.00"), 5);
      if (i % 4 == 0) {
        items = items.add("favourite", eur("3.00"), 5);
      }
    }

    assertThat(items.top(1)).extracting(RankedItem::key).containsExactly("favourite");
  }

  @Test
  void shouldLowerTheSpendOnARefundButNotBelowZero() {
    TopItems items = TopItems.none().add("a", eur("10.00"), 3).add("b", eur("8.00"), 3);

    assertThat(items.subtract("a", eur("4.00")).top(1)).containsExactly(new RankedItem("b", 1, eur("8.00")));
    assertThat(items.subtract("a", eur("40.00")).top(5)).containsExactly(new RankedItem("b", 1, eur("8.00")));
    assertThat(items.subtract("zzz", eur("4.00"))).isEqualTo(items);
  }
}
