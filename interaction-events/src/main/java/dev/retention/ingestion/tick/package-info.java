/**
 * The clock ticker: moves stream time on quiet partitions of the interactions topic, so that timers (a customer
 * lapsing, an SLA passing) fire although no event arrives. See {@link dev.retention.ingestion.tick.ClockTicker}.
 */
package dev.retention.ingestion.tick;
