package dev.retention.contracts.events;

/**
 * A customer granted or withdrew consent to be contacted. An absent channel means every channel, an absent purpose
 * every purpose: "withdrawn, no channel, no purpose" is do-not-contact.
 */
public record ConsentChanged(ContactChannel channel, ContactPurpose purpose, ConsentStatus status)
    implements CustomerData {

  public ConsentChanged {
    Require.present(status, "status");
  }
}
