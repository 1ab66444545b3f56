package dev.retention.segmentation.state;

import java.util.Objects;

/**
 * Everything the segmentation keeps about one customer, folded from their interaction events by
 * {@link CustomerFold}. Immutable; every amount is in the reporting currency at the configured scale. The customer id
 * is the store's key and is not repeated here.
 *
 * @param purchases lifetime purchase facts: first, last, count, spend, refunds, recent times, reactivation
 * @param history rolling daily and weekly buckets, for exact windowed sums
 * @param contacts lifetime contacts by channel and direction
 * @param complaints open complaints and lifetime counts
 * @param surveys latest NPS, CSAT and CES answers
 * @param categories favourite categories by spend (line items)
 * @param products favourite products by spend (line items)
 */
public record CustomerState(
    PurchaseSummary purchases,
    ActivityHistory history,
    ContactCounts contacts,
    Complaints complaints,
    SurveyScores surveys,
    TopItems categories,
    TopItems products) {

  public CustomerState {
    Objects.requireNonNull(purchases, "purchases");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(contacts, "contacts");
    Objects.requireNonNull(complaints, "complaints");
    Objects.requireNonNull(surveys, "surveys");
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(products, "products");
  }

  /** A customer nothing is known about yet, with amounts at {@code scale} places. */
  public static CustomerState empty(int scale) {
    return new CustomerState(PurchaseSummary.empty(scale), ActivityHistory.empty(), ContactCounts.none(),
        Complaints.none(), SurveyScores.none(), TopItems.none(), TopItems.none());
  }

  /** Whether the customer ever completed a purchase. */
  public boolean hasPurchased() {
    return purchases.count() > 0;
  }

  CustomerState withPurchases(PurchaseSummary p) {
    return new CustomerState(p, history, contacts, complaints, surveys, categories, products);
  }

  CustomerState withHistory(ActivityHistory h) {
    return new CustomerState(purchases, h, contacts, complaints, surveys, categories, products);
  }

  CustomerState withContacts(ContactCounts c) {
    return new CustomerState(purchases, history, c, complaints, surveys, categories, products);
  }

  CustomerState withComplaints(Complaints c) {
    return new CustomerState(purchases, history, contacts, c, surveys, categories, products);
  }

  CustomerState withSurveys(SurveyScores s) {
    return new CustomerState(purchases, history, contacts, complaints, s, categories, products);
  }

  CustomerState withPreferences(TopItems newCategories, TopItems newProducts) {
    return new CustomerState(purchases, history, contacts, complaints, surveys, newCategories, newProducts);
  }
}
