package io.dataops.workbench.hcl.eval;

/** A planned conversion from one type to another; it can still fail on a particular value. */
@FunctionalInterface
public interface Conversion {

    HclValue apply(HclValue value) throws ConversionException;

    Conversion IDENTITY = value -> value;
}
