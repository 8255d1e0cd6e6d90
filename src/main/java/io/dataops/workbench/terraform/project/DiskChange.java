package io.dataops.workbench.terraform.project;

/** A watched file whose disk content no longer matches what the editor knows; {@code now} is what is there. */
public record DiskChange(DiskSnapshot now) {

    public boolean deleted() {
        return !now.exists();
    }
}
