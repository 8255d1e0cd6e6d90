package org.eclipse.xtext.xbase.lib;

import java.util.ArrayList;
import java.util.Arrays;

/**
 * Stand-in for the one method of Xtend's runtime library that ELK layered 0.12.1 calls
 * ({@code LayeredMetaDataProvider} builds a default value with it). ELK's POMs do not declare
 * {@code org.eclipse.xtext:org.eclipse.xtext.xbase.lib}, so without this the layered algorithm cannot be
 * registered. Delete this file when the pom adds that library.
 */
public final class CollectionLiterals {

    private CollectionLiterals() {
    }

    @SafeVarargs
    public static <T> ArrayList<T> newArrayList(T... initial) {
        return new ArrayList<>(Arrays.asList(initial));
    }
}
