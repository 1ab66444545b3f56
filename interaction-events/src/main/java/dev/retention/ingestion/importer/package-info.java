/**
 * Bulk import of history: {@code retention import --format cdnow|csv|ndjson FILE}.
 *
 * <p>A format reader ({@link dev.retention.ingestion.importer.CdnowReader},
 * {@link dev.retention.ingestion.importer.CsvReader}, {@link dev.retention.ingestion.importer.NdjsonReader}) turns
 * rows into CloudEvent JSON; the {@link dev.retention.ingestion.importer.Importer} validates each with the shared
 * {@link dev.retention.ingestion.validation.EventValidator}, publishes the accepted ones to
 * {@code retention.raw-interactions.v1} keyed by subject ({@link dev.retention.ingestion.importer.KafkaPublisher}),
 * and accounts for every row in an {@link dev.retention.ingestion.importer.ImportReport}:
 * {@code read = published + rejected + failed}, rejected and failed rows by reason with their line numbers.
 *
 * <ul>
 *   <li><b>Event time</b> comes from the data; the record timestamp is the time of the import (the raw topic keeps
 *       7 days by record time; the validator stamps the validated record with the event time).
 *   <li><b>Ids</b>: NDJSON events keep theirs. CDNOW and CSV rows without an id column get an id
 *       {@link dev.retention.ingestion.importer.EventIds derived} from their content, and a fixed source
 *       ({@code import/cdnow}, {@code import/csv}, or {@code --source}), so importing a file again yields the same
 *       (source, id) pairs and de-duplication drops them.
 *   <li><b>CDNOW</b>: the rows of one customer on one day are one purchase, amounts summed; see
 *       {@link dev.retention.ingestion.importer.CdnowReader}.
 *   <li><b>CSV</b>: header row plus a properties mapping; see {@link dev.retention.ingestion.importer.CsvMapping}.
 *   <li><b>Rejected rows</b> are reported, never published (no dead letter); the rest of the file goes on. A failed
 *       send stops further sends (the rest are counted as failed, not sent); re-running the import is safe.
 * </ul>
 */
package dev.retention.ingestion.importer;
