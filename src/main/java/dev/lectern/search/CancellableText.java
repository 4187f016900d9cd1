package dev.lectern.search;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A paragraph's text as the regex engine reads it, which asks now and then whether the search
 * has been cancelled: a pathological regex on one long paragraph can then still be stopped.
 */
final class CancellableText implements CharSequence {
    private static final int CHECK_EVERY = 1 << 16;

    private final String text;
    private final BooleanSupplier cancelled;
    private int reads;

    CancellableText(String text, BooleanSupplier cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (++reads == CHECK_EVERY) {
            reads = 0;
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("search cancelled");
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
