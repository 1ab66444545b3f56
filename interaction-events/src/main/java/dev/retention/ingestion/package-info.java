/**
 * Ingestion of interaction events over Kafka and HTTP: validation, dead-lettering, de-duplication and bulk import. Built in issue 3.
 */
package dev.retention.ingestion;
