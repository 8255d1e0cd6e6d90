package io.dataops.workbench.hcl.eval.function;

import io.dataops.workbench.hcl.eval.FunctionException;
import io.dataops.workbench.hcl.eval.HclFunction;
import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.eval.HclValue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.dataops.workbench.hcl.eval.function.DefinedFunction.param;

/** Terraform's encoding functions: jsonencode, jsondecode, base64encode, base64decode. */
final class EncodingFunctions {

    private EncodingFunctions() {
    }

    static Map<String, HclFunction> all() {
        Map<String, HclFunction> f = new LinkedHashMap<>();
        f.put("jsonencode", DefinedFunction.of(List.of(param("val", HclType.DYNAMIC).nullable()), HclType.STRING,
                a -> HclValue.string(JsonCodec.encode(a.get(0)))));
        f.put("jsondecode", DefinedFunction.of(List.of(param("str", HclType.STRING)), HclType.DYNAMIC, a -> {
            try {
                return JsonCodec.decode(a.get(0).asString());
            } catch (IOException e) {
                throw FunctionException.argument(0, e.getMessage().lines().findFirst().orElse("invalid JSON"));
            }
        }));
        f.put("base64encode", DefinedFunction.of(List.of(param("str", HclType.STRING)), HclType.STRING,
                a -> HclValue.string(Base64.getEncoder().encodeToString(a.get(0).asString().getBytes(StandardCharsets.UTF_8)))));
        f.put("base64decode", DefinedFunction.of(List.of(param("str", HclType.STRING)), HclType.STRING, a -> {
            try {
                byte[] bytes = Base64.getDecoder().decode(a.get(0).asString());
                return HclValue.string(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
            } catch (IllegalArgumentException e) {
                throw FunctionException.argument(0, "failed to decode base64 data");
            } catch (CharacterCodingException e) {
                throw FunctionException.argument(0, "the result of decoding the provided string is not valid UTF-8");
            }
        }));
        return f;
    }
}
