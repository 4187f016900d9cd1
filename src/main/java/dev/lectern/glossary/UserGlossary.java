package dev.lectern.glossary;

import dev.lectern.analysis.TermNormaliser;
import dev.lectern.doc.TextSanitizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reader's own glossary, {@code glossary.conf} beside the article. The format:
 * <pre>
 * # a comment
 * OTSC | CSTO | Organisation du traité de sécurité collective
 *     Collective Security Treaty Organization: a military alliance
 *     of six former Soviet states led by Russia.
 * </pre>
 * A line starting at the margin names an entry: the term, then its aliases, separated by
 * {@code |}. The indented lines under it are the definition, joined with spaces; a blank line
 * ends the entry. Lines starting with {@code #} are comments. A bad entry is reported with its
 * line number and skipped; the rest still loads.
 */
public final class UserGlossary {
    public static final String FILE_NAME = "glossary.conf";
    private static final UserGlossary EMPTY = new UserGlossary(List.of(), List.of());

    private final List<GlossaryEntry> entries;
    private final List<GlossaryProblem> problems;
    private final Map<String, GlossaryEntry> byKey = new HashMap<>();

    private UserGlossary(List<GlossaryEntry> entries, List<GlossaryProblem> problems) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
        for (GlossaryEntry entry : entries) {
            byKey.put(TermNormaliser.key(entry.term()), entry);
            entry.aliases().forEach(alias -> byKey.put(TermNormaliser.key(alias), entry));
        }
    }

    public static UserGlossary empty() {
        return EMPTY;
    }

    /** The glossary file that goes with {@code article}: glossary.conf in the same directory. */
    public static Path besideArticle(Path article) {
        return article.resolveSibling(FILE_NAME);
    }

    /** The glossary file beside {@code document}'s source, if it has one on disk. */
    public static UserGlossary forArticle(dev.lectern.doc.Document document) {
        return document.source() == null ? EMPTY : load(besideArticle(document.source()));
    }

    /** Reads {@code file}; a missing file is an empty glossary, an unreadable one a problem on line 0. */
    public static UserGlossary load(Path file) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            return EMPTY;
        } catch (IOException unreadable) {
            return new UserGlossary(List.of(), List.of(new GlossaryProblem(file.toString(), 0,
                    "cannot be read (" + unreadable.getMessage() + ")")));
        }
        return parse(file.getFileName() == null ? file.toString() : file.getFileName().toString(), text);
    }

    /** Parses the text of a glossary file; {@code fileName} names it in origins and problems. */
    public static UserGlossary parse(String fileName, String text) {
        List<GlossaryEntry> entries = new ArrayList<>();
        List<GlossaryProblem> problems = new ArrayList<>();
        Map<String, Integer> definedOn = new HashMap<>();
        String[] lines = text.split("\\R", -1);
        Pending pending = null;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            // What the file says is shown in the popup: made safe to draw, tabs read as spaces.
            String line = TextSanitizer.clean(raw.replace('\t', ' ').strip());
            int number = i + 1;
            if (line.startsWith("#")) {
                continue;
            }
            if (!line.isEmpty() && Character.isWhitespace(raw.charAt(0))) {
                if (pending == null) {
                    problems.add(new GlossaryProblem(fileName, number, "definition without a term line above it"));
                } else {
                    pending.definition.add(line);
                }
                continue;
            }
            if (pending != null) {
                pending.finish(fileName, entries, problems, definedOn);
                pending = null;
            }
            if (!line.isEmpty()) {
                pending = new Pending(number, line);
            }
        }
        if (pending != null) {
            pending.finish(fileName, entries, problems, definedOn);
        }
        return new UserGlossary(entries, problems);
    }

    /** Every entry, in the file's order; paragraphs and occurrences are empty. */
    public List<GlossaryEntry> entries() {
        return entries;
    }

    /** The lines that could not be used. */
    public List<GlossaryProblem> problems() {
        return problems;
    }

    /** The entry whose term or alias is {@code term}, case and accents ignored. */
    public Optional<GlossaryEntry> find(String term) {
        return Optional.ofNullable(byKey.get(TermNormaliser.key(term)));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** A term line and the definition lines read under it so far. */
    private static final class Pending {
        final int line;
        final String names;
        final List<String> definition = new ArrayList<>();

        Pending(int line, String names) {
            this.line = line;
            this.names = names;
        }

        void finish(String fileName, List<GlossaryEntry> entries, List<GlossaryProblem> problems, Map<String, Integer> definedOn) {
            List<String> forms = new ArrayList<>();
            for (String name : names.split("\\|", -1)) {
                String form = name.strip().replaceAll("\\s+", " ");
                if (form.isEmpty()) {
                    problems.add(new GlossaryProblem(fileName, line, "empty name between '|' separators"));
                    return;
                }
                forms.add(form);
            }
            if (definition.isEmpty()) {
                problems.add(new GlossaryProblem(fileName, line, "no definition for '" + forms.get(0)
                        + "' (indent the definition lines under the term)"));
                return;
            }
            for (String form : forms) {
                Integer earlier = definedOn.get(TermNormaliser.key(form));
                if (earlier != null) {
                    problems.add(new GlossaryProblem(fileName, line, "duplicate: '" + form + "' is already defined on line " + earlier));
                    return;
                }
            }
            forms.forEach(form -> definedOn.putIfAbsent(TermNormaliser.key(form), line));
            entries.add(new GlossaryEntry(forms.get(0), forms.subList(1, forms.size()), String.join(" ", definition),
                    GlossarySource.USER, fileName + ", line " + line, List.of(), List.of()));
        }
    }
}
