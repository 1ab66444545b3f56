package dev.retention.contracts.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A customer's profile changed. Carries the whole profile after the change, not a patch: a field that is absent has
 * no value any more. That keeps the fold into the compacted customers topic a plain replacement and lets a source
 * remove a phone number by leaving it out.
 */
public record CustomerUpdated(
    String name,
    String email,
    String phone,
    LocalDate birthday,
    String region,
    String industry,
    CompanySize companySize,
    List<ContactChannel> preferredChannels)
    implements CustomerData, ProfileFields {

  public CustomerUpdated {
    ProfileFields.check(name, email, phone, region, industry);
    preferredChannels = Require.list(preferredChannels, "preferredChannels");
  }
}
