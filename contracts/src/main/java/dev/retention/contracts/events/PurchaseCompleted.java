package dev.retention.contracts.events;

import java.math.BigDecimal;
import java.util.List;

/**
 * A customer completed a purchase.
 *
 * @param total what the customer paid for the whole order, in the order's currency
 * @param lineItems the products bought; their unit prices are in {@code total}'s currency. May be empty when the
 *     source knows only totals (e.g. historical imports).
 * @param channel where the purchase was made; absent if unknown
 */
public record PurchaseCompleted(
    String orderId, OrderKind kind, Money total, List<LineItem> lineItems, SalesChannel channel)
    implements InteractionData {

  public PurchaseCompleted {
    Require.identifier(orderId, "orderId");
    Require.present(kind, "kind");
    Require.present(total, "total");
    lineItems = Require.list(lineItems, "lineItems");
  }

  /** Sum of the line items, or the order total when no line items are known. */
  public BigDecimal itemsTotal() {
    return lineItems.isEmpty()
        ? total.amount()
        : lineItems.stream().map(LineItem::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
