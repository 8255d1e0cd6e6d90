package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.tree.Attribute;
import io.dataops.workbench.hcl.tree.Block;
import io.dataops.workbench.hcl.tree.Body;
import io.dataops.workbench.hcl.tree.Expression;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One declaration of a module, as Terraform reads it. {@link #address()} is the module-relative address
 * ({@code aws_instance.web}, {@code data.aws_ami.u}, {@code var.region}, {@code local.name},
 * {@code output.id}, {@code module.site}, {@code provider.aws.east}); {@link #range()} is what a
 * diagnostic about the whole declaration points at (a block's type and labels, a local's name).
 */
public sealed interface Declaration {

    DeclarationKind kind();

    String address();

    Path file();

    SourceRange range();

    /** A managed resource ({@code resource}) or a data source ({@code data}). */
    record Resource(boolean managed, String type, String name, Path file, SourceRange range, Block block,
                    Optional<Expression> count, Optional<Expression> forEach, List<Expression> dependsOn,
                    Optional<String> provider) implements Declaration {
        public DeclarationKind kind() {
            return managed ? DeclarationKind.RESOURCE : DeclarationKind.DATA;
        }

        public String address() {
            return (managed ? "" : "data.") + type + "." + name;
        }
    }

    record Variable(String name, Path file, SourceRange range, Block block, Optional<HclType> type,
                    Optional<Expression> defaultValue, Optional<String> description, boolean sensitive,
                    boolean nullable, List<Block> validations) implements Declaration {
        public DeclarationKind kind() {
            return DeclarationKind.VARIABLE;
        }

        public String address() {
            return "var." + name;
        }

        /** A variable without default must be given a value (a null default still counts as one). */
        public boolean required() {
            return defaultValue.isEmpty();
        }
    }

    record Output(String name, Path file, SourceRange range, Block block, Optional<Expression> value,
                  boolean sensitive, List<Expression> dependsOn) implements Declaration {
        public DeclarationKind kind() {
            return DeclarationKind.OUTPUT;
        }

        public String address() {
            return "output." + name;
        }
    }

    record Local(String name, Path file, SourceRange range, Attribute attribute) implements Declaration {
        public DeclarationKind kind() {
            return DeclarationKind.LOCAL;
        }

        public String address() {
            return "local." + name;
        }
    }

    /** A module call; {@code arguments} are the attributes that set the child's variables. */
    record ModuleCall(String name, Path file, SourceRange range, Block block, Optional<String> source,
                      Optional<String> version, Map<String, Attribute> arguments, Optional<Expression> count,
                      Optional<Expression> forEach, List<Expression> dependsOn) implements Declaration {
        public DeclarationKind kind() {
            return DeclarationKind.MODULE;
        }

        public String address() {
            return "module." + name;
        }

        /** True for {@code ./x} and {@code ../x} sources, the ones followed on disk. */
        public boolean isLocal() {
            return source.filter(s -> s.startsWith("./") || s.startsWith("../")).isPresent();
        }
    }

    record Provider(String name, Optional<String> alias, Path file, SourceRange range, Block block)
            implements Declaration {
        public DeclarationKind kind() {
            return DeclarationKind.PROVIDER;
        }

        public String address() {
            return "provider." + name + alias.map(a -> "." + a).orElse("");
        }
    }

    /** A {@code terraform} block: required providers (local name to source) and the backend type. */
    record Settings(Path file, SourceRange range, Block block, Map<String, String> requiredProviders,
                    Optional<String> backend, Optional<String> requiredVersion) implements Declaration {
        public DeclarationKind kind() {
            return DeclarationKind.TERRAFORM;
        }

        public String address() {
            return "terraform";
        }
    }

    /**
     * {@code moved}, {@code import}, {@code removed} and {@code check} blocks. {@code from} and {@code to} are
     * the addresses as written ({@code aws_instance.a[0]}, {@code module.x}); empty where the block has none.
     */
    record Meta(DeclarationKind kind, String name, Path file, SourceRange range, Block block,
                Optional<String> from, Optional<String> to) implements Declaration {
        public String address() {
            return kind.word() + (name.isEmpty() ? "" : "." + name);
        }

        public Body body() {
            return block.body();
        }
    }
}
