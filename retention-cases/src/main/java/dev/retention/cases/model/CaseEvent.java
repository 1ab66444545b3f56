package dev.retention.cases.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * The events of a retention case, as stored in the Axon event store and published on {@code retention.cases.v1}.
 * In JSON the kind is the {@code type} property with a logical name, never a Java class name, so consumers in any
 * language (and a renamed class) read the same contract.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CaseEvents.CaseOpened.class, name = CaseEvents.CaseOpened.TYPE),
    @JsonSubTypes.Type(value = CaseEvents.OwnerAssigned.class, name = CaseEvents.OwnerAssigned.TYPE),
    @JsonSubTypes.Type(value = CaseEvents.OutreachLogged.class, name = CaseEvents.OutreachLogged.TYPE),
    @JsonSubTypes.Type(value = CaseEvents.IncentiveOffered.class, name = CaseEvents.IncentiveOffered.TYPE),
    @JsonSubTypes.Type(value = CaseEvents.FollowUpScheduled.class, name = CaseEvents.FollowUpScheduled.TYPE),
    @JsonSubTypes.Type(value = CaseEvents.CaseEscalated.class, name = CaseEvents.CaseEscalated.TYPE),
    @JsonSubTypes.Type(value = CaseEvents.CaseClosed.class, name = CaseEvents.CaseClosed.TYPE)})
public sealed interface CaseEvent permits CaseEvents.CaseOpened, CaseEvents.OwnerAssigned,
    CaseEvents.OutreachLogged, CaseEvents.IncentiveOffered, CaseEvents.FollowUpScheduled, CaseEvents.CaseEscalated,
    CaseEvents.CaseClosed {

  String caseId();

  String customerId();

  /** When it happened: the command's time, or the due time of the deadline that caused it. */
  Instant at();
}
