package dev.lectern.doc;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Prints how long each adversarial input of {@link AdversarialInputTest} takes to load at
 * 0.25, 0.5, 1 and 2 MB in each format, best of three, and the ratio 2 MB / 0.5 MB: about 4
 * means linear, 16 quadratic. Not a test (no timing asserts); run it by hand:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.lectern.doc.InputSizeBenchmark}.
 */
public final class InputSizeBenchmark {
    private static final int[] KILOBYTES = {256, 512, 1024, 2048};

    private InputSizeBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf("%-44s %-6s %9s %9s %9s %9s %7s%n", "input", "format", "0.25 MB", "0.5 MB", "1 MB", "2 MB", "2/0.5");
        for (AdversarialInputTest.Adversary adversary : AdversarialInputTest.adversaries()) {
            for (String name : List.of("a.txt", "a.md", "a.html")) {
                double[] millis = new double[KILOBYTES.length];
                for (int i = 0; i < KILOBYTES.length; i++) {
                    byte[] bytes = adversary.of().apply(KILOBYTES[i] * 1024).getBytes(StandardCharsets.UTF_8);
                    millis[i] = Double.MAX_VALUE;
                    for (int round = 0; round < 3; round++) {
                        long start = System.nanoTime();
                        Parsed.outcome(bytes, name);
                        millis[i] = Math.min(millis[i], (System.nanoTime() - start) / 1e6);
                    }
                }
                System.out.printf("%-44s %-6s %7.1fms %7.1fms %7.1fms %7.1fms %7.1f%n", adversary, name.substring(2),
                        millis[0], millis[1], millis[2], millis[3], millis[3] / Math.max(millis[1], 0.1));
            }
        }
    }
}
