package io.dataops.workbench.terraform.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Counts the resources in {@code prior_state} without building it: each {@code resources} array's elements, at any depth. */
final class PriorStateCounter {

    private PriorStateCounter() {
    }

    /** Called on the value of {@code prior_state}; leaves the parser on its last token. */
    static int countResources(JsonParser parser) throws IOException {
        if (!parser.currentToken().isStructStart()) {
            return 0;
        }
        int count = 0;
        int depth = 1;
        while (depth > 0) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                break;
            }
            if (token == JsonToken.FIELD_NAME && parser.currentName().equals("resources")) {
                if (parser.nextToken() == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        parser.skipChildren();
                        count++;
                    }
                } else {
                    parser.skipChildren();
                }
            } else if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            }
        }
        return count;
    }
}
