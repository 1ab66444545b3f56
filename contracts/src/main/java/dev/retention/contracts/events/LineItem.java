package dev.retention.contracts.events;

import java.math.BigDecimal;

/**
 * One line of an order. {@code unitPrice} is in the order's currency.
 */
public record LineItem(String productId, String category, int quantity, BigDecimal unitPrice) {

  public LineItem {
    Require.identifier(productId, "productId");
    Require.optionalText(category, "category");
    Require.between(quantity, 1, 1_000_000, "quantity");
    Require.nonNegative(unitPrice, "unitPrice");
  }

  public BigDecimal lineTotal() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity));
  }
}
