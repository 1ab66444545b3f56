package dev.retention.ingestion.importer;

/** Told about an import's progress after every row; {@link TerminalProgress} draws a progress line. */
public interface ImportProgress {

  /** Nothing shown. */
  ImportProgress NONE = new ImportProgress() {
    @Override
    public void update(ProgressSnapshot snapshot) {}

    @Override
    public void finish(ProgressSnapshot snapshot) {}
  };

  /** Called after each item; implementations decide how often to show it. */
  void update(ProgressSnapshot snapshot);

  /** Called once, when every row is read and every send is acknowledged. */
  void finish(ProgressSnapshot snapshot);
}
