package io.dataops.workbench.terraform.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an analysis takes besides the directory: {@code -var-file}s in the order given (after
 * {@code terraform.tfvars} and {@code *.auto.tfvars}, later files win) and a provider schema.
 */
public record AnalysisOptions(List<Path> varFiles, Optional<ProviderSchema> schema) {

    public static final AnalysisOptions DEFAULT = new AnalysisOptions(List.of(), Optional.empty());

    public AnalysisOptions {
        varFiles = List.copyOf(varFiles);
    }
}
