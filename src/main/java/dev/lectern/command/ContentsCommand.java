package dev.lectern.command;

import dev.lectern.doc.Section;
import java.util.ArrayList;
import java.util.List;

/** {@code toc}: the table of contents, each section leading to the paragraph it opens. */
public final class ContentsCommand implements Command {
    public static final String NO_SECTIONS = "This document has no sections: it has no headings.";

    @Override
    public String name() {
        return "toc";
    }

    @Override
    public List<String> aliases() {
        return List.of("contents");
    }

    @Override
    public String usage() {
        return "toc";
    }

    @Override
    public String summary() {
        return "the table of contents: chapters and headings, each leading to where it starts";
    }

    @Override
    public String run(String arguments, ReaderContext reader) throws CommandException {
        if (!arguments.isBlank()) {
            throw new CommandException("Usage: " + usage());
        }
        List<Pick> sections = new ArrayList<>();
        for (Section section : reader.document().sections()) {
            sections.add(new Pick(section.paragraph(), section.title()));
        }
        return reader.showContents(sections);
    }
}
