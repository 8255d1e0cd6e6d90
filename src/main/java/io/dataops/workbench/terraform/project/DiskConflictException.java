package io.dataops.workbench.terraform.project;

import io.dataops.workbench.common.UserFacingException;

/**
 * The file on disk is not the one the editor loaded: saving would overwrite another program's change.
 * The editor asks the user what to keep instead of writing.
 */
public final class DiskConflictException extends UserFacingException {

    private final transient DiskSnapshot onDisk;

    public DiskConflictException(DiskSnapshot onDisk) {
        super(onDisk.file().getFileName() + " was changed on disk by another program since it was opened. "
                + "Choose whether to keep your version or the one on disk.");
        this.onDisk = onDisk;
    }

    public DiskSnapshot onDisk() {
        return onDisk;
    }
}
