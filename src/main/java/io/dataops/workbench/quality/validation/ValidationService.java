package io.dataops.workbench.quality.validation;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.batch.Batch;
import io.dataops.workbench.quality.batch.BatchSpec;
import io.dataops.workbench.quality.batch.Batches;
import io.dataops.workbench.quality.profile.ColumnSchema;
import io.dataops.workbench.quality.profile.SchemaReader;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.quality.source.OpenSource;
import io.dataops.workbench.quality.source.SourceConnector;
import io.dataops.workbench.quality.sql.QueryRunner;
import io.dataops.workbench.quality.sql.Relation;
import io.dataops.workbench.quality.validation.engine.SuiteValidator;
import io.dataops.workbench.quality.validation.expectations.OurExtensions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates a suite on an asset of a source (or one date batch of it): the entry point the CLI, checkpoints and
 * the app share. Opens and closes its own connection; synchronous, cancellable, starts no thread.
 */
public final class ValidationService {

    private final SourceConnector connector;
    private final SuiteValidator validator;

    public ValidationService(SourceConnector connector) {
        this(connector, new SuiteValidator());
    }

    public ValidationService(SourceConnector connector, SuiteValidator validator) {
        this.connector = connector;
        this.validator = validator;
    }

    public ValidationResult validate(DataSource source, AssetRef asset, Optional<BatchSpec> batch, ExpectationSuite suite,
                                     Optional<ResultFormat> format, TaskContext context) {
        context.message("Connecting to " + source.name());
        try (OpenSource open = connector.open(source)) {
            QueryRunner runner = open.runner(context);
            Relation relation = open.relation(asset);
            ExpectationSuite effective = suite;
            if (batch.isPresent()) {
                BatchSpec spec = batch.get();
                BatchSpec resolved = new BatchSpec(columnName(runner, relation, spec.column()), spec.grain(), spec.key());
                Relation whole = relation;
                relation = Batches.select(runner, open.dialect(), relation, resolved);
                effective = withPreviousBatch(suite, runner, open, whole, resolved, relation);
            }
            return validator.validate(runner, open.dialect(), relation, effective, format, context);
        }
    }

    /** Fills previous_row_count of our volume-change expectation from the batch before this one. */
    private static ExpectationSuite withPreviousBatch(ExpectationSuite suite, QueryRunner runner, OpenSource open,
                                                     Relation whole, BatchSpec spec, Relation selected) {
        boolean needed = suite.expectations().stream().anyMatch(e -> e.type().equals(OurExtensions.VOLUME_CHANGE)
                && !e.kwargs().containsKey("previous_row_count"));
        if (!needed) {
            return suite;
        }
        List<Batch> batches = Batches.list(runner, open.dialect(), whole, spec.column(), spec.grain());
        String key = selected.label().substring(selected.label().lastIndexOf(' ') + 1).replace("]", "");
        Optional<Long> previous = Optional.empty();
        for (int i = 1; i < batches.size(); i++) {
            if (batches.get(i).key().equals(key)) {
                previous = Optional.of(batches.get(i - 1).rowCount());
            }
        }
        List<ExpectationConfig> configs = new ArrayList<>();
        for (ExpectationConfig config : suite.expectations()) {
            configs.add(config.type().equals(OurExtensions.VOLUME_CHANGE) && previous.isPresent()
                    && !config.kwargs().containsKey("previous_row_count")
                    ? config.with("previous_row_count", previous.get()) : config);
        }
        return new ExpectationSuite(suite.name(), configs, suite.meta());
    }

    /** The column's real name, matched case-insensitively (H2 upper-cases, PostgreSQL lower-cases). */
    private static String columnName(QueryRunner runner, Relation relation, String column) {
        List<ColumnSchema> columns = SchemaReader.read(runner, relation);
        return columns.stream().filter(c -> c.name().equals(column)).findFirst()
                .or(() -> columns.stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst())
                .map(ColumnSchema::name)
                .orElseThrow(() -> new UserFacingException("No column '" + column + "' in " + relation.label()
                        + "; its columns are " + columns.stream().map(ColumnSchema::name).toList() + "."));
    }
}
