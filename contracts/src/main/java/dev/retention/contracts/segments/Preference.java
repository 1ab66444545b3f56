package dev.retention.contracts.segments;

import dev.retention.contracts.events.Require;
import dev.retention.contracts.events.Money;
import java.util.Comparator;

/**
 * A category or product the customer buys, from the line items of their purchases (purchases without line items
 * contribute nothing). The service tracks a bounded number of candidates per customer: while a customer has bought
 * no more distinct items than it tracks, both figures are exact; beyond that they may over-state the truth (the
 * definitions name the method and the number tracked).
 *
 * @param id the category name or the product id, as the line items carry it
 * @param count number of purchases (orders) that included it, at least 1
 * @param spend what the customer spent on it, in the record's reporting currency; refunds of it may lower it
 */
public record Preference(String id, int count, Money spend) {

  /** The ranking of the top lists: highest spend first, then id, so that ties are deterministic. */
  public static final Comparator<Preference> RANKING =
      Comparator.comparing((Preference p) -> p.spend().amount(), Comparator.reverseOrder())
          .thenComparing(Preference::id);

  public Preference {
    Require.text(id, "id");
    Check.atLeast(count, 1, "count");
    Require.present(spend, "spend");
  }
}
