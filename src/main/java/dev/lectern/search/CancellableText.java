package dev.lectern.search;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A paragraph's text as the regex engine reads it, which asks now and then whether the search
 * has been cancelled or has run past its deadline: a pathological regex on one long paragraph
 * can then still be stopped. The engine reads a character at every step it tries, so a
 * backtracking regex is caught within a few milliseconds of its deadline.
 */
final class CancellableText implements CharSequence {
    private static final int CHECK_EVERY = 1 << 16;

    private final String text;
    private final BooleanSupplier cancelled;
    /** {@link System#nanoTime()} past which the search is too slow. */
    private final long deadline;
    private int reads;

    CancellableText(String text, BooleanSupplier cancelled, long deadline) {
        this.text = text;
        this.cancelled = cancelled;
        this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
        if (++reads == CHECK_EVERY) {
            reads = 0;
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("search cancelled");
            }
            if (System.nanoTime() - deadline > 0) {
                throw new SearchTooSlowException();
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
