/**
 * Churn signals, BG/NBD scoring and the churn-warning lifecycle as Kafka Streams topologies. Built in issue 5.
 */
package dev.retention.churn;
