package dev.retention.segmentation.policy;

/** Where a customer is in their relationship with us; see {@link LifecycleStagePolicy} for the rules. */
public enum LifecycleStage {
  NEW, ACTIVE, MATURE, AT_RISK, LAPSED, REACTIVATED
}
