package dev.lectern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** DESIGN.md's first rule: the core knows no face and no terminal library. */
class ArchitectureTest {
    private static final List<String> CORE = List.of("doc", "analysis", "layout", "session", "keymap", "command", "search", "summary");
    private static final List<String> FORBIDDEN = List.of("import dev.lectern.tui", "import dev.lectern.cli", "import dev.lectern.shell",
            "import com.googlecode.lanterna", "import picocli", "import org.jline.terminal", "import org.jline.reader",
            "import dev.lectern.ssh", "import org.apache.sshd");

    @Test
    void theCoreImportsNoFaceAndNoTerminalLibrary() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String pkg : CORE) {
            Path dir = Path.of("src/main/java/dev/lectern", pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(file)) {
                        if (FORBIDDEN.stream().anyMatch(line::startsWith)) {
                            violations.add(file + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
