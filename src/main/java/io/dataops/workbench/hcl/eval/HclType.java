package io.dataops.workbench.hcl.eval;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * HCL's type system, as go-cty defines it: three primitive types, three collection types with one element
 * type, two structural types, and the dynamic pseudo-type ({@code any}) that stands for "not yet known".
 * Types are values: two types are equal when they are structurally equal.
 */
public sealed interface HclType {

    HclType STRING = Primitive.STRING;
    HclType NUMBER = Primitive.NUMBER;
    HclType BOOL = Primitive.BOOL;
    HclType DYNAMIC = Dynamic.INSTANCE;
    HclType EMPTY_OBJECT = new ObjectType(Map.of());
    HclType EMPTY_TUPLE = new TupleType(List.of());

    static HclType list(HclType element) {
        return new ListType(element);
    }

    static HclType map(HclType element) {
        return new MapType(element);
    }

    static HclType set(HclType element) {
        return new SetType(element);
    }

    static HclType tuple(List<HclType> elements) {
        return new TupleType(elements);
    }

    static HclType object(Map<String, HclType> attributes) {
        return new ObjectType(attributes);
    }

    /** The name used in error messages ("list of string", "object"), like cty's FriendlyName. */
    String friendlyName();

    /** The type in HCL type-constraint syntax ({@code map(string)}, {@code object({a=number})}). */
    String typeString();

    default boolean isPrimitive() {
        return this instanceof Primitive;
    }

    default boolean isCollection() {
        return this instanceof ListType || this instanceof MapType || this instanceof SetType;
    }

    /** Lists, sets and tuples: the types a splat or an expansion treats as sequences. */
    default boolean isSequence() {
        return this instanceof ListType || this instanceof SetType || this instanceof TupleType;
    }

    /** The element type of a collection type; DYNAMIC for any other type. */
    default HclType elementType() {
        if (this instanceof ListType l) {
            return l.element();
        }
        if (this instanceof MapType m) {
            return m.element();
        }
        if (this instanceof SetType s) {
            return s.element();
        }
        return DYNAMIC;
    }

    /** True if this type is or contains the dynamic pseudo-type somewhere. */
    default boolean hasDynamic() {
        if (this == DYNAMIC) {
            return true;
        }
        if (this instanceof TupleType t) {
            return t.elements().stream().anyMatch(HclType::hasDynamic);
        }
        if (this instanceof ObjectType o) {
            return o.attributes().values().stream().anyMatch(HclType::hasDynamic);
        }
        return isCollection() && elementType().hasDynamic();
    }

    enum Primitive implements HclType {
        STRING("string"), NUMBER("number"), BOOL("bool");

        private final String name;

        Primitive(String name) {
            this.name = name;
        }

        @Override
        public String friendlyName() {
            return name;
        }

        @Override
        public String typeString() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    enum Dynamic implements HclType {
        INSTANCE;

        @Override
        public String friendlyName() {
            return "dynamic";
        }

        @Override
        public String typeString() {
            return "any";
        }

        @Override
        public String toString() {
            return "any";
        }
    }

    record ListType(HclType element) implements HclType {
        @Override
        public String friendlyName() {
            return "list of " + element.friendlyName();
        }

        @Override
        public String typeString() {
            return "list(" + element.typeString() + ")";
        }
    }

    record MapType(HclType element) implements HclType {
        @Override
        public String friendlyName() {
            return "map of " + element.friendlyName();
        }

        @Override
        public String typeString() {
            return "map(" + element.typeString() + ")";
        }
    }

    record SetType(HclType element) implements HclType {
        @Override
        public String friendlyName() {
            return "set of " + element.friendlyName();
        }

        @Override
        public String typeString() {
            return "set(" + element.typeString() + ")";
        }
    }

    record TupleType(List<HclType> elements) implements HclType {
        public TupleType {
            elements = List.copyOf(elements);
        }

        @Override
        public String friendlyName() {
            return "tuple";
        }

        @Override
        public String typeString() {
            return elements.stream().map(HclType::typeString).collect(Collectors.joining(", ", "tuple([", "])"));
        }
    }

    /** Attributes are kept sorted by name, as cty does, so that printing and iteration are stable. */
    record ObjectType(SortedMap<String, HclType> attributes) implements HclType {
        public ObjectType(Map<String, HclType> attributes) {
            this(new TreeMap<>(attributes));
        }

        public ObjectType {
            attributes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
        }

        public boolean hasAttribute(String name) {
            return attributes.containsKey(name);
        }

        @Override
        public String friendlyName() {
            return "object";
        }

        @Override
        public String typeString() {
            return attributes.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue().typeString())
                    .collect(Collectors.joining(", ", "object({", "})"));
        }
    }
}
