package io.dataops.workbench.quality.suite;

import java.util.Optional;

/** One kwarg that differs between two versions of an expectation; empty means the kwarg is absent there. */
public record KwargChange(String key, Optional<Object> before, Optional<Object> after) {
}
