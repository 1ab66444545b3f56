/**
 * Service plumbing shared by every service: typed configuration, Kafka Streams lifecycle and HTTP bootstrap. No domain logic lives here.
 */
package dev.retention.runtime;
