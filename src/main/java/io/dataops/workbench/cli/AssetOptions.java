package io.dataops.workbench.cli;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.batch.BatchSpec;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.quality.source.FileSource;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Which part of a source a data-quality command reads: {@code --table} or {@code --query}, and one {@code --batch}. */
final class AssetOptions {

    @ArgGroup(exclusive = true)
    private Asset asset;

    static final class Asset {
        @Option(names = "--table", paramLabel = "NAME", description = "A table or view (SCHEMA.TABLE or TABLE).")
        String table;

        @Option(names = "--query", paramLabel = "SQL",
                description = "A SELECT to read instead of a table; in a file source the file is the table 'source'.")
        String query;
    }

    @Option(names = "--batch", paramLabel = "SPEC",
            description = "Only one date batch: COLUMN:year|month|day:KEY (e.g. paid_at:month:2024-03, or KEY latest).")
    private String batch;

    boolean anyGiven() {
        return asset != null || batch != null;
    }

    Optional<BatchSpec> batchSpec() {
        try {
            return Optional.ofNullable(batch).map(BatchSpec::parse);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    /** The asset named by the options; a whole file when none is given for a file source. {@code verb}: "profile". */
    AssetRef assetRef(DataSource dataSource, String verb) {
        if (asset != null && asset.query != null) {
            return AssetRef.query(asset.query);
        }
        if (asset != null && asset.table != null) {
            return AssetRef.table(asset.table);
        }
        if (dataSource instanceof FileSource) {
            return AssetRef.wholeFile();
        }
        throw new UserFacingException("Name what to " + verb + " in " + dataSource.name() + ": --table NAME or --query SQL.");
    }
}
