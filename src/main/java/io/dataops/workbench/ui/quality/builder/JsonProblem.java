package io.dataops.workbench.ui.quality.builder;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Optional;

/** Where the suite's JSON went wrong, as the editor points at it: "Line 4, column 12: ...". */
public record JsonProblem(Optional<Integer> line, Optional<Integer> column, String message) {

    static JsonProblem of(RuntimeException error) {
        Throwable cause = error.getCause();
        if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
            JsonLocation at = json.getLocation();
            return new JsonProblem(Optional.of(at.getLineNr()), Optional.of(at.getColumnNr()),
                    json.getOriginalMessage().lines().findFirst().orElse("invalid JSON"));
        }
        return new JsonProblem(Optional.empty(), Optional.empty(), error.getMessage());
    }

    public String describe() {
        String where = line.map(l -> "Line " + l + column.map(c -> ", column " + c).orElse("") + ": ").orElse("");
        return where + message + " The form keeps the last valid suite; fix the JSON to apply it.";
    }
}
