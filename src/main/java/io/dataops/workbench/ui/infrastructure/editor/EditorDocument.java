package io.dataops.workbench.ui.infrastructure.editor;

import io.dataops.workbench.terraform.project.DiskChange;
import io.dataops.workbench.terraform.project.DiskConflictException;
import io.dataops.workbench.terraform.project.DiskSnapshot;
import io.dataops.workbench.terraform.project.OpenedFile;
import io.dataops.workbench.terraform.project.RevisionReason;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.ErrorMessages;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One open file: whether it has unsaved changes, keeping those as a draft within two seconds, saving
 * without overwriting another program's change, and what to do when the file changes on disk.
 */
public final class EditorDocument {

    private final EditorServices services;
    private final DraftDelay draftDelay;
    private final ReadOnlyObjectWrapper<Path> file;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<DiskSnapshot> conflict = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final StringBinding title;
    private DocumentBuffer buffer;
    private Optional<String> diskHash = Optional.empty();
    private long generation;
    private boolean formatOnSave;
    private TextFormatter formatter = TextFormatter.NONE;

    public EditorDocument(Path file, EditorServices services) {
        this.file = new ReadOnlyObjectWrapper<>(file);
        this.services = services;
        this.draftDelay = services.delays().get();
        this.title = Bindings.createStringBinding(() -> this.file.get().getFileName() + (dirty.get() ? " \u25CF" : ""),
                this.file, dirty);
    }

    /** Shows the loaded file in {@code buffer}; a draft left by an earlier session takes the disk's place. */
    public void attach(DocumentBuffer buffer, OpenedFile opened, boolean recoverDraft) {
        this.buffer = buffer;
        diskHash = Optional.of(opened.diskHash());
        services.watch().expect(file.get(), diskHash);
        buffer.load(opened.diskContent());
        if (recoverDraft && opened.draft().isPresent()) {
            buffer.replace(opened.draft().get().content());
            opened.draft().get().baseHash().filter(base -> !base.equals(opened.diskHash()))
                    .ifPresent(base -> notice.set("Recovered unsaved changes; the file on disk changed since."));
            edited(false);
        }
    }

    public void setFormatter(TextFormatter formatter, boolean formatOnSave) {
        this.formatter = formatter;
        this.formatOnSave = formatOnSave;
    }

    /** Called on every change of the buffer; {@code atSavedPoint} when undo brought it back to the saved text. */
    public void edited(boolean atSavedPoint) {
        generation++;
        dirty.set(!atSavedPoint);
        draftDelay.schedule(this::keepDraft);
    }

    /** Saves; with format-on-save the text is formatted first (in the background, like the write). */
    public void save() {
        if (!formatOnSave) {
            write(false, RevisionReason.SAVED);
            return;
        }
        formatThen(formatted -> write(false, RevisionReason.SAVED));
    }

    /** Formats the buffer as one undoable edit; tells the notice when syntax errors prevent it. */
    public void format() {
        formatThen(formatted -> {
            if (!formatted) {
                notice.set("Fix the syntax errors first: a file with errors cannot be formatted.");
            }
        });
    }

    /** Formats off the FX thread; applies the result only if nobody typed meanwhile. */
    private void formatThen(java.util.function.Consumer<Boolean> then) {
        String text = buffer.text();
        long formattedGeneration = generation;
        services.runner().submit(BackgroundTask.<Optional<String>>of("Format " + file.get().getFileName(),
                context -> formatter.format(text)).onSucceeded(formatted -> {
                    if (formattedGeneration == generation && formatted.isPresent() && !formatted.get().equals(text)) {
                        buffer.replace(formatted.get());
                    }
                    then.accept(formatted.isPresent());
                }));
    }

    /** Puts a revision's content back and saves it, so the restore itself is a revision too. */
    public void restore(String content) {
        buffer.replace(content);
        write(conflict.get() != null, RevisionReason.RESTORED);
    }

    /** The file changed on disk: reload a clean buffer (its content is a revision), ask for a dirty one. */
    public void diskChanged(DiskChange change) {
        DiskSnapshot now = change.now();
        if (!dirty.get() && now.exists()) {
            buffer.load(now.content().orElseThrow());
            diskHash = now.hash();
            notice.set(file.get().getFileName() + " was changed by another program and has been reloaded; "
                    + "the previous content is in its History.");
        } else {
            conflict.set(now);
        }
    }

    /** The user keeps their version: it is written over the disk's, which stays in the History. */
    public void keepMine() {
        write(true, RevisionReason.SAVED);
    }

    /** The user takes the disk's version: the unsaved edits are kept as a revision first. */
    public void useDiskVersion() {
        DiskSnapshot now = conflict.get();
        if (now == null || !now.exists()) {
            return;
        }
        String mine = buffer.text();
        Path path = file.get();
        services.runner().submit(BackgroundTask.of("Keep unsaved edits of " + path.getFileName(), context -> {
            services.files().revisions().record(path, mine, RevisionReason.UNSAVED_EDITS);
            services.files().discardDraft(path);
            return path;
        }));
        draftDelay.cancel();
        buffer.load(now.content().orElseThrow());
        diskHash = now.hash();
        services.watch().expect(path, diskHash);
        conflict.set(null);
        dirty.set(false);
        notice.set("Loaded the version on disk; your edits are in the History.");
    }

    /** Closing without saving: the draft goes, the file is no longer watched. */
    public void discard() {
        draftDelay.cancel();
        Path path = file.get();
        services.watch().forget(path);
        services.runner().submit(BackgroundTask.of("Discard draft of " + path.getFileName(), context -> {
            services.files().discardDraft(path);
            return path;
        }));
    }

    /** After a rename on disk: same buffer, new path. */
    public void moved(Path newFile) {
        services.watch().forget(file.get());
        file.set(newFile);
        services.watch().expect(newFile, diskHash);
    }

    /** The window is closing: the draft timer stops (unsaved changes were asked about, or a draft exists). */
    public void stopTimers() {
        draftDelay.cancel();
    }

    public void dismissNotice() {
        notice.set("");
    }

    private void keepDraft() {
        Path path = file.get();
        if (!dirty.get()) {
            LateTasks.submit(services.runner(), BackgroundTask.of("Discard draft of " + path.getFileName(), context -> {
                services.files().discardDraft(path);
                return path;
            }));
            return;
        }
        String content = buffer.text();
        Optional<String> base = diskHash;
        LateTasks.submit(services.runner(), BackgroundTask.of("Keep unsaved changes of " + path.getFileName(), context -> {
            services.files().keepDraft(path, content, base);
            return path;
        }));
    }

    private void write(boolean overwrite, RevisionReason reason) {
        String content = buffer.text();
        long savedGeneration = generation;
        Path path = file.get();
        Optional<String> expected = diskHash;
        services.runner().submit(BackgroundTask.<String>of("Save " + path.getFileName(), context -> overwrite
                        ? services.files().overwrite(path, content)
                        : services.files().save(path, content, expected, reason))
                .onSucceeded(hash -> saved(hash, savedGeneration))
                .onFailed(error -> {
                    if (error instanceof DiskConflictException conflictError) {
                        conflict.set(conflictError.onDisk());
                    } else {
                        notice.set(ErrorMessages.plainMessage(error));
                    }
                }));
    }

    private void saved(String hash, long savedGeneration) {
        diskHash = Optional.of(hash);
        services.watch().expect(file.get(), diskHash);
        conflict.set(null);
        notice.set("");
        if (savedGeneration == generation) {
            draftDelay.cancel();
            buffer.markSaved();
            dirty.set(false);
        }
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    public StringBinding titleProperty() {
        return title;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyObjectProperty<DiskSnapshot> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public String text() {
        return buffer.text();
    }
}
