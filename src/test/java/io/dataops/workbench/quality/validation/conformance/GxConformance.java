package io.dataops.workbench.quality.validation.conformance;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.quality.secret.SecretCipher;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.quality.secret.SecretResolver;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.EngineSettings;
import io.dataops.workbench.quality.source.JdbcSource;
import io.dataops.workbench.quality.source.SourceConnector;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import io.dataops.workbench.quality.validation.ValidationResult;
import io.dataops.workbench.quality.validation.ValidationService;
import io.dataops.workbench.quality.validation.result.ValidationJson;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs GX's cases on one engine through the same path as `dataops validate`: the dataset is loaded into a
 * table, the case becomes a one-expectation suite (result_format COMPLETE unless the case sets its own, as
 * GX's runner did), ValidationService validates the table of the JDBC URL, and the JSON it prints is judged.
 */
final class GxConformance {

    record Outcome(GxCase gxCase, Optional<String> failure, boolean raised) {
    }

    private final String url;
    private final GxTableLoader.Engine engine;
    private final ValidationService service;

    GxConformance(String url, GxTableLoader.Engine engine, Path keyDirectory) {
        this.url = url;
        this.engine = engine;
        SecretResolver secrets = new SecretResolver(Map.of(), new SecretCipher(new SecretKeyFile(keyDirectory)));
        this.service = new ValidationService(new SourceConnector(new EngineSettings("1GB", 2), secrets, List.of()));
    }

    /** Loads every table the cases use (each once). */
    void load(List<GxCase> cases) throws Exception {
        Set<String> loaded = new java.util.HashSet<>();
        try (Connection connection = DriverManager.getConnection(url)) {
            for (GxCase gxCase : cases) {
                for (GxCase.GxTable table : gxCase.tables()) {
                    if (loaded.add(table.name())) {
                        GxTableLoader.load(connection, engine, table);
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    Outcome run(GxCase gxCase) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("result_format", "COMPLETE");
        kwargs.putAll((Map<String, Object>) gxCase.test().get("in"));
        ExpectationSuite suite = ExpectationSuite.of("conformance", List.of(ExpectationConfig.of(gxCase.expectationType(), kwargs)));
        ValidationResult result = service.validate(JdbcSource.of(url), AssetRef.table(gxCase.tables().get(0).name()),
                Optional.empty(), suite, Optional.empty(), TaskContext.none());
        Map<String, Object> json = roundTrip(ValidationJson.write(result));
        Map<String, Object> first = ((List<Map<String, Object>>) json.get("results")).get(0);
        boolean raised = Boolean.TRUE.equals(((Map<String, Object>) first.get("exception_info")).get("raised_exception"));
        return new Outcome(gxCase, GxJudge.judge(gxCase.test(), first), raised);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> roundTrip(String json) {
        try {
            return GxCases.JSON.readValue(json, Map.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pass counts per expectation, misses listed, and error cases where we did not raise. */
    static String report(String engine, List<Outcome> outcomes) {
        Map<String, int[]> perType = new TreeMap<>();
        StringBuilder misses = new StringBuilder();
        StringBuilder quietErrors = new StringBuilder();
        for (Outcome outcome : outcomes) {
            int[] counts = perType.computeIfAbsent(outcome.gxCase().expectationType(), t -> new int[2]);
            counts[1]++;
            if (outcome.failure().isEmpty()) {
                counts[0]++;
            } else {
                misses.append("  MISS ").append(outcome.gxCase().id()).append(": ").append(outcome.failure().get()).append('\n');
            }
            if (outcome.gxCase().test().containsKey("error") && !outcome.raised()) {
                quietErrors.append("  ").append(outcome.gxCase().id()).append('\n');
            }
        }
        long passed = outcomes.stream().filter(o -> o.failure().isEmpty()).count();
        StringBuilder text = new StringBuilder("GX conformance on " + engine + ": " + passed + "/" + outcomes.size() + " passed\n");
        perType.forEach((type, c) -> text.append(String.format("  %-75s %3d/%3d%s%n", type, c[0], c[1],
                GxCases.NOT_RUN_BY_GX_ON_SQL.contains(type) ? "  (GX itself did not run this on SQL)" : "")));
        text.append(misses);
        if (!quietErrors.isEmpty()) {
            text.append("Cases with \"error\" (GX checked only \"out\") where we did not raise:\n").append(quietErrors);
        }
        return text.toString();
    }
}
