package dev.lectern.command;

import dev.lectern.entities.Entity;
import dev.lectern.session.ReadingSession;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code jump N | +N | -N | N% | start | end | 'a}: goes to a paragraph, remembering the way back. */
public final class JumpCommand implements Command {
    private static final Pattern NUMBER = Pattern.compile("([+-]?)(\\d{1,9})(%?)");

    @Override
    public String name() {
        return "jump";
    }

    @Override
    public String usage() {
        return "jump N | +N | -N | N% | start | end | 'LETTER | NAME";
    }

    @Override
    public String summary() {
        return "go to a paragraph, by number, offset, percent or mark, or to the next one naming someone or something";
    }

    @Override
    public String run(String arguments, ReaderContext reader) throws CommandException {
        ReadingSession session = reader.session();
        String target = arguments.strip();
        if (target.isEmpty()) {
            throw new CommandException("Usage: " + usage());
        }
        if (target.equals("start")) {
            session.first();
            return null;
        }
        if (target.equals("end")) {
            session.last();
            return null;
        }
        if (target.length() == 2 && target.charAt(0) == '\'') {
            if (!session.goToMark(target.charAt(1))) {
                throw new CommandException("No mark " + target.charAt(1) + ".");
            }
            return null;
        }
        Matcher number = NUMBER.matcher(target);
        if (!number.matches()) {
            return jumpToEntity(target, reader);
        }
        long value = Long.parseLong(number.group(2));
        int count = session.paragraphCount();
        long paragraph;
        if (!number.group(3).isEmpty()) {
            if (!number.group(1).isEmpty() || value > 100) {
                throw new CommandException("A percentage goes from 0% to 100%.");
            }
            paragraph = Math.max(1, Math.round(value * count / 100.0));
        } else if (number.group(1).equals("+")) {
            paragraph = session.paragraph() + value;
        } else if (number.group(1).equals("-")) {
            paragraph = session.paragraph() - value;
        } else {
            paragraph = value;
        }
        if (number.group(1).isEmpty() && number.group(3).isEmpty() && (paragraph < 1 || paragraph > count)) {
            throw new CommandException("No paragraph " + paragraph + ": the article has " + count + ".");
        }
        session.jumpTo((int) Math.max(1, Math.min(count, paragraph)));
        return null;
    }

    /** The next paragraph after this one that names the entity (spellings and accents forgiven). */
    private static String jumpToEntity(String name, ReaderContext reader) throws CommandException {
        Entity entity = reader.entities().find(name, true).orElseThrow(() -> new CommandException(
                "No paragraph, mark or name '" + name + "' in this article."));
        return toNextMention(reader.session(), entity);
    }

    /**
     * Goes to the next paragraph after the current one that mentions the entity, going round
     * the end; returns e.g. "Jen Psaki: ¶8 (1 of 1)". The entity pane's Enter does the same.
     */
    public static String toNextMention(ReadingSession session, Entity entity) {
        List<Integer> paragraphs = entity.paragraphs();
        int current = session.paragraph();
        int next = paragraphs.stream().filter(p -> p > current).findFirst().orElse(paragraphs.get(0));
        session.jumpTo(next);
        return entity.name() + ": ¶" + next + " (" + (paragraphs.indexOf(next) + 1) + " of " + paragraphs.size()
                + (next <= current ? ", from the top" : "") + ")";
    }

    @Override
    public List<String> complete(List<String> previousWords, String word, ReaderContext reader) {
        if (!previousWords.isEmpty()) {
            return List.of();
        }
        List<String> candidates = new ArrayList<>(List.of("start", "end"));
        reader.session().marks().keySet().forEach(letter -> candidates.add("'" + letter));
        List<String> matching = new ArrayList<>(candidates.stream().filter(c -> c.startsWith(word)).toList());
        if (!word.startsWith("'") && !word.isEmpty()) {
            matching.addAll(EntityNames.completing(word, reader.entities()));
        }
        return matching;
    }
}
