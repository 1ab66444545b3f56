package dev.retention.churn.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The paper's calibration summary, cdnow_customers_summary.csv (ID,frequency,recency,T), keyed by ID. */
public final class CdnowSummary {

  private CdnowSummary() {
  }

  public static Map<Integer, PurchaseHistory> byId() {
    try {
      List<String> lines = Files.readAllLines(CdnowFiles.locate("cdnow_customers_summary.csv"));
      if (!lines.get(0).strip().equals("ID,frequency,recency,T")) {
        throw new IllegalStateException("unexpected header " + lines.get(0));
      }
      Map<Integer, PurchaseHistory> rows = new LinkedHashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] c = line.strip().split(",");
        rows.put(Integer.parseInt(c[0]), new PurchaseHistory(Integer.parseInt(c[1]),
            Double.parseDouble(c[2]), Double.parseDouble(c[3])));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
