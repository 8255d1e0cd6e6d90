package io.dataops.workbench.ui.quality.builder;

import io.dataops.workbench.quality.profile.TableProfile;
import javafx.beans.value.ObservableValue;

/**
 * The expectation builder as one screen: the suite being built (with suggestions and its JSON), the live result
 * of the selected expectation, the suite's versions and the catalog. The profile shown and the batch it came
 * from are given by the Data Quality area.
 */
public final class BuilderViewModel {

    private final SuiteBuilderViewModel suite;
    private final LivePreviewViewModel preview;
    private final SuiteVersionsViewModel versions;
    private final ExpectationCatalog catalog;

    public BuilderViewModel(SuiteBuilderViewModel suite, LivePreviewViewModel preview, SuiteVersionsViewModel versions,
                            ExpectationCatalog catalog) {
        this.suite = suite;
        this.preview = preview;
        this.versions = versions;
        this.catalog = catalog;
        suite.selectedProperty().addListener((obs, old, now) -> preview.show(now));
        preview.targetProperty().addListener((obs, old, now) -> preview.show(suite.selectedProperty().get()));
        suite.suiteNameProperty().addListener((obs, old, now) -> versions.refresh());
    }

    /** Follows the profile shown and the batch it was computed on. */
    public void follow(ObservableValue<TableProfile> profile, ObservableValue<PreviewPort.Target> target) {
        suite.profileProperty().bind(profile);
        preview.targetProperty().bind(target);
    }

    public SuiteBuilderViewModel suite() {
        return suite;
    }

    public LivePreviewViewModel preview() {
        return preview;
    }

    public SuiteVersionsViewModel versions() {
        return versions;
    }

    public ExpectationCatalog catalog() {
        return catalog;
    }
}
