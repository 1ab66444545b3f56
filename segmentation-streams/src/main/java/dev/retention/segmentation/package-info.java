/**
 * Per-customer RFM, value tiers, frequency classes, lifecycle stages and preferences, continuously in event time
 * (issue 4). The definitions are pure Java: {@code config} (every setting and the definitions version), {@code state}
 * (the per-customer state and its fold), {@code rfm} (the mergeable population distribution and scoring),
 * {@code policy} (tiers, frequency classes, lifecycle stages, review times) and {@code codec} (compact binary forms).
 * See the module's README for the definitions and their defaults.
 */
package dev.retention.segmentation;
