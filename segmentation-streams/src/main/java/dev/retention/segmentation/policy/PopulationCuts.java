package dev.retention.segmentation.policy;

import dev.retention.segmentation.rfm.QuintileBoundaries;

/**
 * What scoring takes from the whole population at a time: the RFM quintile boundaries and the tier cuts. Computed
 * once per global distribution by {@link Segmenter#populationCuts}, not per customer.
 *
 * @param quintiles RFM boundaries; null while the population is unknown (then customers get no RFM scores)
 * @param tierCuts the tier cuts; null in PERCENTILE mode while the population is unknown (then no tier)
 */
public record PopulationCuts(QuintileBoundaries quintiles, TierCuts tierCuts) {}
