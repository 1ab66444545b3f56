/**
 * Per-customer RFM, value tiers, frequency classes, lifecycle stages and preferences as Kafka Streams projections. Built in issue 4.
 */
package dev.retention.segmentation;
