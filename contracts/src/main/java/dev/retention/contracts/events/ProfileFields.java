package dev.retention.contracts.events;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** The profile fields shared by {@link CustomerRegistered} and {@link CustomerUpdated}. */
public interface ProfileFields {

  Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{5,32}");

  String name();

  String email();

  String phone();

  LocalDate birthday();

  String region();

  String industry();

  CompanySize companySize();

  List<ContactChannel> preferredChannels();

  static void check(String name, String email, String phone, String region, String industry) {
    Require.optionalText(name, "name");
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw new IllegalArgumentException("email is not an e-mail address");
    }
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw new IllegalArgumentException("phone must be 5-32 digits, spaces and +()./- characters");
    }
    Require.optionalText(region, "region");
    Require.optionalText(industry, "industry");
  }
}
