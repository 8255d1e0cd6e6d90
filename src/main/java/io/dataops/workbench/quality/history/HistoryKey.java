package io.dataops.workbench.quality.history;

/**
 * One history series: a suite validated on one asset of one source. The asset is the batch label without its
 * date-batch or row-condition suffix, so every monthly batch of a table falls in the same series.
 */
public record HistoryKey(String suiteName, String sourceName, String asset) {

    /** "SAMPLES.PAYMENT [payment_date 2024-03]" → "SAMPLES.PAYMENT". */
    public static String assetOf(String batchLabel) {
        int bracket = batchLabel.indexOf(" [");
        String asset = bracket > 0 ? batchLabel.substring(0, bracket) : batchLabel;
        int sample = asset.indexOf(" (sample of ");
        return sample > 0 ? asset.substring(0, sample) : asset;
    }

    public String label() {
        return suiteName + " on " + asset + " (" + sourceName + ")";
    }
}
