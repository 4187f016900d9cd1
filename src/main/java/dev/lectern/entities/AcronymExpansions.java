package dev.lectern.entities;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.TermNormaliser;
import dev.lectern.analysis.Token;
import java.util.ArrayList;
import java.util.List;

/** Acronyms and their expansions standing side by side in parentheses, in one paragraph. */
final class AcronymExpansions {
    private static final int LONGEST_EXPANSION = 10;

    private AcronymExpansions() {
    }

    /**
     * "Organisation du traité de sécurité collective (OTSC)", either order: the two go together.
     * An acronym in parentheses takes as its expansion the words just before the parenthesis
     * whose initials make it, even in lower case (Fonds mondial (FM)); a name in parentheses
     * after an acronym is its expansion up to the closing parenthesis (PAM (Programme
     * alimentaire)). The expansion replaces the shorter names found inside it.
     */
    static List<Candidate> pair(TokenLine line, List<Candidate> found, Language language) {
        List<Candidate> paired = new ArrayList<>(found);
        for (int k = 0; k < paired.size(); k++) {
            Candidate acronym = paired.get(k);
            if (!acronym.acronym()) {
                continue;
            }
            int first = tokenStartingAt(line, acronym.mention().start());
            int last = first;
            Candidate expansion = null;
            if (first > 0 && punctuationBefore(line, first).equals("(") && punctuationAfter(line, last).startsWith(")")) {
                int letters = TermNormaliser.key(acronym.text()).replace(".", "").length();
                int from = first;
                StringBuilder initials = new StringBuilder();
                while (from > 0 && initials.length() < letters && line.adjacentOrParenthesis(from - 1, from == first)) {
                    from--;
                    Token token = line.token(from);
                    if (token.kind() == Token.Kind.WORD && !TermNormaliser.isStopWord(line.key(from), language)
                            && line.key(from).length() > 1) {
                        initials.insert(0, line.key(from).charAt(0));
                    }
                }
                if (initials.toString().equals(TermNormaliser.key(acronym.text()).replace(".", "")) && first - from > 1) {
                    expansion = NameSpotter.candidate(line, from, first, EntityType.ORGANISATION, Candidate.LIKELY, null);
                }
            } else if (last + 2 < line.size() && punctuationAfter(line, last).equals("(")) {
                int to = last + 1;
                while (to < line.size() && to - last <= LONGEST_EXPANSION
                        && !punctuationAfter(line, to).startsWith(")") && line.adjacent(to)) {
                    to++;
                }
                if (to < line.size() && punctuationAfter(line, to).startsWith(")") && Character.isUpperCase(line.token(last + 1).text().charAt(0))) {
                    expansion = NameSpotter.candidate(line, last + 1, to + 1, EntityType.ORGANISATION, Candidate.LIKELY, null);
                }
            }
            if (expansion != null) {
                Mention span = expansion.mention();
                paired.removeIf(c -> c.mention().start() >= span.start() && c.mention().end() <= span.end());
                int at = 0;
                while (at < paired.size() && paired.get(at).mention().start() < span.start()) {
                    at++;
                }
                paired.add(at, expansion.withPartner(acronym.text()));
                int acronymAt = paired.indexOf(acronym);
                paired.set(acronymAt, acronym.withPartner(expansion.text()));
                k = Math.max(at, acronymAt);
            }
        }
        return paired;
    }

    private static int tokenStartingAt(TokenLine line, int offset) {
        for (int i = 0; i < line.size(); i++) {
            if (line.token(i).start() == offset) {
                return i;
            }
        }
        return -1;
    }

    private static String punctuationBefore(TokenLine line, int i) {
        return line.text().substring(line.token(i - 1).end(), line.token(i).start()).strip();
    }

    private static String punctuationAfter(TokenLine line, int i) {
        int to = i + 1 < line.size() ? line.token(i + 1).start() : line.text().length();
        return line.text().substring(line.token(i).end(), to).strip();
    }
}
