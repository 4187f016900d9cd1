package dev.lectern.command;

import dev.lectern.doc.Document;
import dev.lectern.summary.SectionSummary;
import dev.lectern.summary.Summariser;
import dev.lectern.summary.SummarySentence;
import java.util.ArrayList;
import java.util.List;

/** {@code summarise [N | paragraph]}: the article's key sentences, or the current paragraph's. */
final class SummariseCommand implements Command {
    static final int MOST = 200;
    private Summariser summariser;

    @Override
    public String name() {
        return "summarise";
    }

    @Override
    public List<String> aliases() {
        return List.of("summarize");
    }

    @Override
    public String usage() {
        return "summarise [N | paragraph]";
    }

    @Override
    public String summary() {
        return "the article in N key sentences (default 3, about 10% of a long text, or one a chapter for a book), or the current paragraph in one";
    }

    @Override
    public String run(String arguments, ReaderContext reader) throws CommandException {
        Document document = reader.document();
        String argument = arguments.strip();
        if (summariser == null) {
            summariser = new Summariser(); // loads the language tools on first use only
        }
        if (argument.equals("paragraph") || (argument.length() > 1 && "paragraph".startsWith(argument))) {
            int number = reader.session().paragraph();
            SummarySentence sentence = summariser.summarise(document.paragraph(number), document.language());
            reader.showPicks("¶" + number + " in one sentence", List.of(new Pick(sentence.paragraph(), sentence.text())));
            return null;
        }
        List<SummarySentence> sentences;
        if (argument.isEmpty()) {
            Summariser using = summariser;
            List<SectionSummary> sections = reader.shared("section summaries", () -> List.copyOf(using.summariseSections(document)));
            if (!sections.isEmpty()) { // a long book with chapters: one line per chapter
                List<Pick> lines = new ArrayList<>();
                for (SectionSummary section : sections) {
                    if (section.sentences().isEmpty()) {
                        lines.add(new Pick(section.paragraph(), section.title()));
                    }
                    section.sentences().forEach(s -> lines.add(new Pick(s.paragraph(), section.title() + " — " + s.text())));
                }
                reader.showPicks("Summary, one line per section (" + sections.size() + ")", lines);
                return null;
            }
            sentences = reader.shared("summary", () -> List.copyOf(using.summarise(document)));
        } else {
            int count;
            try {
                count = Integer.parseInt(argument);
            } catch (NumberFormatException e) {
                throw new CommandException("Usage: " + usage());
            }
            if (count < 1 || count > MOST) {
                throw new CommandException("A summary has 1 to " + MOST + " sentences.");
            }
            sentences = summariser.summarise(document, count);
        }
        reader.showPicks("Summary in " + sentences.size() + (sentences.size() == 1 ? " sentence" : " sentences"),
                sentences.stream().map(s -> new Pick(s.paragraph(), s.text())).toList());
        return null;
    }

    @Override
    public List<String> complete(List<String> previousWords, String word, ReaderContext reader) {
        return previousWords.isEmpty() && "paragraph".startsWith(word) ? List.of("paragraph") : List.of();
    }
}
