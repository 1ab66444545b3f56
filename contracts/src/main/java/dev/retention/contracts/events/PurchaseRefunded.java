package dev.retention.contracts.events;

import java.util.List;

/**
 * Money went back to a customer for (part of) an earlier order, with or without goods returned.
 *
 * @param lineItems the products refunded or returned, if known
 * @param reason the customer's or agent's reason, free text
 */
public record PurchaseRefunded(
    String orderId, String refundId, RefundKind kind, Money amount, List<LineItem> lineItems, String reason)
    implements InteractionData {

  public PurchaseRefunded {
    Require.identifier(orderId, "orderId");
    Require.identifier(refundId, "refundId");
    Require.present(kind, "kind");
    Require.present(amount, "amount");
    lineItems = Require.list(lineItems, "lineItems");
    Require.optionalText(reason, "reason");
  }
}
