package dev.retention.contracts.events;

/**
 * What a customer did or what happened to them: purchases, contacts, complaints and survey answers. These go to the
 * long-lived interactions topic, so they carry only the pseudonymous customer id (the event's {@code subject}) and
 * never personal data such as names, phone numbers, e-mail addresses or birthdays.
 */
public sealed interface InteractionData extends EventData
    permits PurchaseCompleted, PurchaseRefunded, ContactLogged, ComplaintOpened, ComplaintResponded,
        ComplaintResolved, SurveyAnswered {}
