package io.dataops.workbench.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice box or combo shows its items: one way only, as nothing is typed back into an item. */
public final class DisplayText {

    private DisplayText() {
    }

    public static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
