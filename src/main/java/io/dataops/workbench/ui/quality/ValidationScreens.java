package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.docs.DataDocsSite;
import io.dataops.workbench.quality.QualityWorkspace;
import io.dataops.workbench.quality.history.ValidationHistory;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.quality.suggest.SuiteSuggester;
import io.dataops.workbench.quality.suite.SuiteVersions;
import io.dataops.workbench.quality.validation.expectations.ExpectationRegistry;
import io.dataops.workbench.quality.validation.store.ValidationStore;
import io.dataops.workbench.quality.validation.store.WorkspaceMetricSink;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.ui.quality.builder.BuilderViewModel;
import io.dataops.workbench.ui.quality.builder.CorePreview;
import io.dataops.workbench.ui.quality.builder.ExpectationCatalog;
import io.dataops.workbench.ui.quality.builder.LivePreviewViewModel;
import io.dataops.workbench.ui.quality.builder.PreviewPort;
import io.dataops.workbench.ui.quality.builder.SuggesterSource;
import io.dataops.workbench.ui.quality.builder.SuiteBuilderViewModel;
import io.dataops.workbench.ui.quality.builder.SuiteVersionsViewModel;
import io.dataops.workbench.ui.quality.checkpoint.CheckpointTarget;
import io.dataops.workbench.ui.quality.checkpoint.CheckpointsViewModel;
import io.dataops.workbench.ui.quality.docs.DataDocsViewModel;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;

/** Wires the builder, checkpoints and data-docs view models over the workspace's validation services. */
final class ValidationScreens {

    private final BuilderViewModel builder;
    private final CheckpointsViewModel checkpoints;
    private final DataDocsViewModel docs;

    ValidationScreens(QualityWorkspace quality, ValidationWorkspace validation, DataSource workspaceSource,
                      ProfileViewModel profile, TaskRunner runner) {
        SuiteVersions versions = new SuiteVersions(validation.connections());
        SuiteBuilderViewModel suite = new SuiteBuilderViewModel(new SuggesterSource(SuiteSuggester.standard()));
        builder = new BuilderViewModel(suite,
                new LivePreviewViewModel(new CorePreview(quality), runner, validation.debouncer(),
                        () -> quality.settings().maskValues()),
                new SuiteVersionsViewModel(versions, suite, runner),
                ExpectationCatalog.of(ExpectationRegistry.standard().types()));
        ObjectBinding<PreviewPort.Target> target = Bindings.createObjectBinding(() -> {
            ProfileViewModel.Subject shown = profile.subjectProperty().get();
            return shown == null ? null : new PreviewPort.Target(shown.source(), shown.asset(), shown.batch());
        }, profile.subjectProperty());
        builder.follow(profile.profileProperty(), target);
        ValidationHistory history = new ValidationHistory(validation.connections(), () -> quality.settings().maskValues());
        checkpoints = new CheckpointsViewModel(new CheckpointsViewModel.Services(quality,
                new ValidationStore(validation.connections()), versions, history,
                new WorkspaceMetricSink(validation.connections()), workspaceSource), runner, suite::suite,
                () -> Optional.ofNullable(profile.subjectProperty().get())
                        .filter(s -> !(s.asset() instanceof AssetRef.WholeFile))
                        .map(s -> new CheckpointTarget(s.source(), s.asset())));
        ValidationStore store = new ValidationStore(validation.connections());
        DataDocsSite site = new DataDocsSite(history, store::findSuite);
        docs = new DataDocsViewModel(context -> site.build(validation.docsFolder(), context), runner, validation.browser());
    }

    BuilderViewModel builder() {
        return builder;
    }

    CheckpointsViewModel checkpoints() {
        return checkpoints;
    }

    DataDocsViewModel docs() {
        return docs;
    }
}
