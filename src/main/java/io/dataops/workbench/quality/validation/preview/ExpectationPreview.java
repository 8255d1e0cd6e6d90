package io.dataops.workbench.quality.validation.preview;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
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
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.engine.SuiteValidator;
import java.util.List;
import java.util.Optional;

/**
 * Runs ONE expectation on the current batch for the builder's live result. The UI debounces edits and cancels
 * the previous run's TaskContext (which cancels its JDBC statement); this class only offers the cancellable call.
 * Use {@link #open} for a session that keeps the connection between runs, or {@link #run} for a one-off.
 */
public final class ExpectationPreview {

    /** How many unexpected values a preview shows. */
    public static final int SAMPLE_SIZE = 10;

    private final SourceConnector connector;
    private final SuiteValidator validator;
    private final boolean mask;

    /** @param mask hide unexpected values (the workspace's sensitive-data setting, QualitySettings.maskValues()) */
    public ExpectationPreview(SourceConnector connector, boolean mask) {
        this(connector, new SuiteValidator(), mask);
    }

    public ExpectationPreview(SourceConnector connector, SuiteValidator validator, boolean mask) {
        this.connector = connector;
        this.validator = validator;
        this.mask = mask;
    }

    public PreviewSession open(DataSource source, AssetRef asset, Optional<BatchSpec> batch, TaskContext context) {
        OpenSource open = connector.open(source);
        try {
            QueryRunner runner = open.runner(context);
            Relation relation = open.relation(asset);
            if (batch.isPresent()) {
                BatchSpec spec = batch.get();
                relation = Batches.select(runner, open.dialect(), relation,
                        new BatchSpec(columnName(runner, relation, spec.column()), spec.grain(), spec.key()));
            }
            return new PreviewSession(open, relation, validator, SAMPLE_SIZE, mask);
        } catch (RuntimeException e) {
            open.close();
            throw e;
        }
    }

    public PreviewResult run(DataSource source, AssetRef asset, Optional<BatchSpec> batch, ExpectationConfig config,
                             TaskContext context) {
        try (PreviewSession session = open(source, asset, batch, context)) {
            return session.run(config, context);
        }
    }

    private static String columnName(QueryRunner runner, Relation relation, String column) {
        List<ColumnSchema> columns = SchemaReader.read(runner, relation);
        return columns.stream().filter(c -> c.name().equals(column)).findFirst()
                .or(() -> columns.stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst())
                .map(ColumnSchema::name)
                .orElseThrow(() -> new UserFacingException("No column '" + column + "' in " + relation.label()
                        + "; its columns are " + columns.stream().map(ColumnSchema::name).toList() + "."));
    }
}
