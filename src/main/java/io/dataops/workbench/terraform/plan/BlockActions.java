package io.dataops.workbench.terraform.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a plan does to each block of the project's files, for the editor's gutter: one mark per resource block,
 * on its header line, with the action of its instances (a block with count or for_each has several; the most
 * far-reaching action stands for the block, the tooltip lists them all). Unchanged blocks get no mark.
 */
public final class BlockActions {

    /** One block's mark: its 1-based header line, the action shown and a line per changed instance. */
    public record Mark(int line, PlanAction action, List<String> details) {

        public Mark {
            details = List.copyOf(details);
        }

        /** The tooltip text: what happens to each instance of the block. */
        public String tooltip() {
            return String.join("\n", details);
        }
    }

    /** Which action stands for a block with instances doing different things: the one that loses the most. */
    private static final List<PlanAction> WEIGHT = List.of(PlanAction.DELETE_THEN_CREATE,
            PlanAction.CREATE_THEN_DELETE, PlanAction.CREATE_THEN_FORGET, PlanAction.DELETE, PlanAction.FORGET,
            PlanAction.UPDATE, PlanAction.CREATE, PlanAction.READ, PlanAction.UNKNOWN, PlanAction.NO_OP);

    private static final BlockActions NONE = new BlockActions(Map.of());

    private final Map<Path, Map<Integer, Mark>> marksByFile;

    private BlockActions(Map<Path, Map<Integer, Mark>> marksByFile) {
        this.marksByFile = marksByFile;
    }

    public static BlockActions none() {
        return NONE;
    }

    /** Locates every changed resource of {@code plan} in the project at {@code projectDir} (reads its files). */
    public static BlockActions of(Path projectDir, Plan plan) {
        BlockLocator locator = new BlockLocator(projectDir, plan);
        Map<Path, Map<Integer, List<ResourceChange>>> changesByBlock = new HashMap<>();
        for (ResourceChange change : plan.resourceChanges()) {
            if (change.action() == PlanAction.NO_OP && !change.isMoved() && !change.importing()) {
                continue;
            }
            locator.locate(change).ifPresent(at -> changesByBlock
                    .computeIfAbsent(normal(at.file()), file -> new HashMap<>())
                    .computeIfAbsent(at.line(), line -> new ArrayList<>()).add(change));
        }
        Map<Path, Map<Integer, Mark>> marks = new HashMap<>();
        changesByBlock.forEach((file, blocks) -> {
            Map<Integer, Mark> fileMarks = new LinkedHashMap<>();
            blocks.forEach((line, changes) -> fileMarks.put(line, mark(line, changes)));
            marks.put(file, Map.copyOf(fileMarks));
        });
        return new BlockActions(Map.copyOf(marks));
    }

    /** The mark on a 1-based line of a file, if the plan changes the block that starts there. */
    public Optional<Mark> at(Path file, int line) {
        Map<Integer, Mark> fileMarks = marksByFile.get(normal(file));
        return fileMarks == null ? Optional.empty() : Optional.ofNullable(fileMarks.get(line));
    }

    /** The marks of one file, by line. */
    public Map<Integer, Mark> in(Path file) {
        return marksByFile.getOrDefault(normal(file), Map.of());
    }

    public boolean isEmpty() {
        return marksByFile.isEmpty();
    }

    private static Mark mark(int line, List<ResourceChange> changes) {
        PlanAction shown = changes.stream().map(ResourceChange::action)
                .min(Comparator.comparingInt(WEIGHT::indexOf)).orElse(PlanAction.NO_OP);
        List<String> details = changes.stream().map(BlockActions::detail).toList();
        return new Mark(line, shown, details);
    }

    private static String detail(ResourceChange change) {
        String what = change.action() == PlanAction.NO_OP ? "" : change.action().symbol() + " " + change.action().label();
        if (change.isMoved()) {
            what += (what.isEmpty() ? "" : ", ") + "moved from " + change.previousAddress();
        }
        if (change.importing()) {
            what += (what.isEmpty() ? "" : ", ") + "imported";
        }
        String reason = change.reasonWords();
        return change.address() + ": " + what + (reason.isEmpty() ? "" : " (" + reason + ")");
    }

    private static Path normal(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
