package dev.retention.contracts.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A customer became known to the business. Carries the customer's whole profile, including personal data.
 *
 * @param preferredChannels channels the customer prefers to be contacted on, most preferred first
 */
public record CustomerRegistered(
    String name,
    String email,
    String phone,
    LocalDate birthday,
    String region,
    String industry,
    CompanySize companySize,
    List<ContactChannel> preferredChannels)
    implements CustomerData, ProfileFields {

  public CustomerRegistered {
    ProfileFields.check(name, email, phone, region, industry);
    preferredChannels = Require.list(preferredChannels, "preferredChannels");
  }
}
