package dev.lectern.entities;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.TermNormaliser;
import dev.lectern.analysis.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the names in a document, and the nationality adjectives that stand for a country.
 * <ul>
 *   <li>A name is a run of capitalised words, joined by particles (de, du, des, d’, de la, of)
 *       when a capital follows them: Kassym-Jomart Tokayev, Madame de Marelle, Rio de Janeiro.
 *       A run with an organisation head inside (Armurerie du Comité de ...) starts at the head.</li>
 *   <li>In French, a name that starts with an organisation head goes on in lower case: a noun
 *       after each particle and at most one adjective after it (Organisation du traité de
 *       sécurité collective, Garde nationale, ministère biélorusse des Affaires étrangères).
 *       In English the head may also end the name: International Atomic Energy Agency.</li>
 *   <li>Not names: stop words and capitalised ordinary words at the front of a run (Les, Web);
 *       the first word of a sentence when the text uses it in lower case elsewhere or never
 *       capitalises it mid-sentence; a single word the text also writes in lower case (État);
 *       runs of capitals (MISE À JOUR) unless a gazetteer knows them; titles and roles
 *       (président, Premier ministre), which are evidence instead.</li>
 *   <li>In French (issue 13): a heading in capitals run into the text is cut from the name next
 *       to it and opens a sentence; an ordinary word of the language ({@link FrenchVocabulary})
 *       opening a sentence is cut off the name after it; an article with a capital inside a
 *       sentence, initials, and a familiar or noble appellation with its article (le père
 *       Grandet) are part of a name; "en", "dans", "au", "aux" before a name hint at a place.</li>
 * </ul>
 */
final class NameSpotter {
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "d'", "von", "van", "der", "of", "del", "da", "di");
    /** Familiar and noble appellations that a French text names a person with: le père Grandet. */
    static final Set<String> APPELLATIONS = Set.of("pere", "mere", "abbe", "maitre", "dame", "bonhomme", "comte",
            "comtesse", "baron", "baronne", "vicomte", "vicomtesse", "marquis", "marquise", "duc", "duchesse",
            "prince", "princesse");
    /** French articles that, written with a capital inside a sentence, are part of a name: La Rochelle. */
    private static final Set<String> NAME_ARTICLES = Set.of("le", "la", "les", "l'");
    private static final Set<String> SECOND_PARTICLES = Set.of("la", "l'", "the", "los", "las");
    private static final Set<String> INSIDE_PARTICLES = Set.of("de", "du", "des", "d'", "pour", "sur");
    private static final Set<String> BEFORE_ROLE = Set.of("le", "la", "l'", "the", "a", "an", "un", "une", "son", "sa",
            "his", "her", "its", "ancien", "ancienne", "former", "nouveau", "nouvelle", "new", "actuel", "actuelle");
    /** Lower-case words that make a place of the name after them: rue de Constantinople. */
    private static final Set<String> STREETS = Set.of("rue", "avenue", "boulevard", "place", "quai", "impasse", "route",
            "faubourg", "pont", "square", "street", "road");
    /** Lower-case nouns that make an organisation of the name just before them: the UGT union. */
    private static final Set<String> ORGANISATION_NOUNS_AFTER = Set.of("union", "unions", "party", "group", "company",
            "firm", "bank", "airline", "carrier", "carmaker", "agency", "ministry", "newspaper", "broadcaster",
            "insurer", "lender", "retailer", "club", "council", "committee", "conglomerate", "startup");
    /** Verbs of speech: a name just before or after one is a person's ("said Grace", "Otieno told"). */
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "added", "explained", "declared",
            "wrote", "asked", "replied", "dit", "declare", "explique", "ajoute", "affirme", "repond", "repondit",
            "declara", "ajouta", "murmura", "reprit", "demanda", "cria");
    /** French past participles of speech after "a": "Tokaïev a déclaré". */
    private static final Set<String> SPEECH_PARTICIPLES = Set.of("dit", "declare", "explique", "ajoute", "affirme",
            "repondu", "estime", "annonce", "precise", "souligne");
    /** Heads before "of" that make a place of the whole: Gulf of Mexico, Isle of Man. */
    private static final Set<String> PLACE_HEADS_BEFORE_OF = Set.of("gulf", "sea", "bay", "isle", "island", "islands",
            "cape", "strait", "straits", "lake", "city", "republic", "kingdom", "state", "province", "county",
            "duchy", "principality", "mount", "valley");
    /** Titles of nobility: "le duc de Buckingham" is a person, whatever town bears the name. */
    private static final Set<String> NOBLE_TITLES = Set.of("duc", "duchesse", "comte", "comtesse", "marquis",
            "marquise", "baron", "baronne", "vicomte", "vicomtesse", "prince", "princesse", "cardinal", "chevalier",
            "sieur", "duke", "duchess", "earl", "count", "countess", "baroness", "marquess", "viscount");
    /** French prepositions after which a name is mostly a place's (counted on the tuning halves). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("en", "dans", "au", "aux");
    private static final int APPOSITION_REACH = 8;
    private static final int LONGEST_ORGANISATION = 10;

    private final Gazetteer gazetteer = Gazetteer.get();
    private final Language language;
    private final Map<String, Integer> lowerCaseWords = new HashMap<>();
    private final Map<String, Integer> capitalisedMidSentence = new HashMap<>();

    private NameSpotter(Language language) {
        this.language = language;
    }

    /** The candidates of all {@code lines}, in reading order. */
    static List<Candidate> spot(List<TokenLine> lines, Language language) {
        NameSpotter spotter = new NameSpotter(language);
        for (TokenLine line : lines) {
            spotter.learn(line);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (TokenLine line : lines) {
            candidates.addAll(AcronymExpansions.pair(line, spotter.spot(line), language));
        }
        return candidates;
    }

    /** First pass: which words the text writes in lower case, which it capitalises mid-sentence. */
    private void learn(TokenLine line) {
        for (int i = 0; i < line.size(); i++) {
            Token token = line.token(i);
            if (token.kind() != Token.Kind.WORD) {
                continue;
            }
            String key = line.key(i);
            if (Character.isLowerCase(token.text().charAt(0))) {
                lowerCaseWords.merge(key, 1, Integer::sum);
            } else if (!opens(line, i)) {
                capitalisedMidSentence.merge(key, 1, Integer::sum);
            }
        }
    }

    private List<Candidate> spot(TokenLine line) {
        List<Candidate> found = new ArrayList<>();
        int i = 0;
        while (i < line.size()) {
            Token token = line.token(i);
            if (token.kind() != Token.Kind.WORD) {
                i++;
                continue;
            }
            int role = phraseAt(line, i, gazetteer::isRoleKey);
            if (role > 0) {
                i += role;
                continue;
            }
            if (gazetteer.isCourtesyTitleKey(line.key(i))) {
                int name = afterTitle(line, i);
                if (name < 0) {
                    i++;
                    continue;
                }
                int end = capitalRun(line, afterInitials(line, name), new ArrayList<>());
                found.add(candidate(line, i, end, EntityType.PERSON, Candidate.SURE, null));
                i = end;
                continue;
            }
            int afterInitials = afterInitials(line, i);
            if (afterInitials > i) {
                // "A. Wattelier", "Z. H. Vitré": initials before a name make it a person's, and are part of it
                int end = capitalRun(line, afterInitials, new ArrayList<>());
                found.add(candidate(line, i, end, EntityType.PERSON, Candidate.LIKELY, null));
                i = end;
                continue;
            }
            if (STREETS.contains(line.key(i))) {
                int name = line.adjacent(i) && i + 1 < line.size() && isCapitalised(line.token(i + 1)) ? i + 1
                        : line.adjacent(i) && i + 1 < line.size() ? afterParticles(line, i + 1) : -1;
                if (name > 0) {
                    int end = capitalRun(line, name, new ArrayList<>());
                    found.add(candidate(line, i, end, EntityType.PLACE, Candidate.SURE, null));
                    i = end;
                    continue;
                }
            }
            Gazetteer.Place country = gazetteer.countryOfKey(line.key(i));
            if (country != null) {
                found.add(new Candidate(mention(line, i, i + 1, Mention.Kind.ADJECTIVE), EntityType.PLACE,
                        Candidate.SURE, country, false, null));
                i++;
                continue;
            }
            boolean capital = isCapitalised(token);
            if (!capital && !gazetteer.headsInLowerCaseKey(line.key(i))) {
                i++;
                continue;
            }
            i = capital ? capitalRun(line, i, found) : lowerCaseOrganisation(line, i, found);
        }
        if (language == Language.FRENCH) {
            found.replaceAll(candidate -> withAppellation(line, candidate));
        }
        return found;
    }

    /**
     * "le père Grandet", "l'abbé Cruchot", "maître Cruchot", "la baronne de Livar": how a French
     * novel names a person, the familiar or noble appellation and its article with the name, as a
     * reader would list them. Roles (le président, le docteur, le général) stay outside.
     */
    private Candidate withAppellation(TokenLine line, Candidate candidate) {
        if (candidate.mention().kind() != Mention.Kind.NAME
                || candidate.evidence() != null && candidate.evidence() != EntityType.PERSON) {
            return candidate;
        }
        int first = tokenStartingAt(line, candidate.mention().start());
        int start = first;
        if (start > 1 && line.adjacent(start - 1) && line.adjacent(start - 2) && Set.of("de", "d'").contains(line.key(start - 1))
                && NOBLE_TITLES.contains(line.key(start - 2)) && APPELLATIONS.contains(line.key(start - 2))) {
            start--; // le comte de Vaudrec
        }
        while (start > 0 && line.adjacent(start - 1) && APPELLATIONS.contains(line.key(start - 1))
                && Character.isLowerCase(line.token(start - 1).text().charAt(0))) {
            start--;
        }
        if (start == first || !APPELLATIONS.contains(line.key(start))) {
            return candidate;
        }
        if (start > 0 && line.adjacent(start - 1) && Set.of("le", "la", "l'").contains(line.key(start - 1))) {
            start--;
        }
        int end = tokenStartingAt(line, candidate.mention().end() - 1);
        while (end + 1 < line.size() && line.token(end + 1).start() < candidate.mention().end()) {
            end++;
        }
        return new Candidate(mention(line, start, end + 1, Mention.Kind.NAME), EntityType.PERSON,
                Math.max(candidate.strength(), Candidate.LIKELY), candidate.place(), candidate.acronym(), candidate.partner());
    }

    /** The last token of the line that starts at or before the character {@code offset}. */
    private static int tokenStartingAt(TokenLine line, int offset) {
        int low = 0;
        int high = line.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (line.token(middle).start() <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /** A run of capitalised words from {@code i}; adds what it names and returns where it ends. */
    private int capitalRun(TokenLine line, int i, List<Candidate> found) {
        int start = i;
        if (language != Language.ENGLISH && isHead(line, start)) {
            return organisationFrom(line, start, found);
        }
        // "La Cour de cassation", "Le Comité d'organisation": an article opening the sentence
        // before the head is no part of the name, which goes on in lower case as it does elsewhere
        if (language != Language.ENGLISH && isStopWord(line, start) && start + 1 < line.size() && line.adjacent(start)
                && isHead(line, start + 1)) {
            return organisationFrom(line, start + 1, found);
        }
        int end = i + 1;
        boolean afterFor = false;
        while (end < line.size() && line.adjacent(end - 1)) {
            if (isCapitalised(line.token(end)) && !headlineMeetsName(line, end)) {
                end++;
                continue;
            }
            // Institute for Astronomy: "for" goes on after an organisation's head, and "and" after it
            // (Agency for Medical Research and Development)
            if (language == Language.ENGLISH && (line.key(end).equals("for") && isHead(line, end - 1)
                    || afterFor && line.key(end).equals("and"))
                    && end + 1 < line.size() && line.adjacent(end) && isCapitalised(line.token(end + 1))) {
                afterFor = true;
                end += 2;
                continue;
            }
            int afterParticles = afterParticles(line, end);
            if (afterParticles < 0) {
                break;
            }
            if (language == Language.ENGLISH && line.key(end).equals("of") && !isHead(line, end - 1)
                    && !PLACE_HEADS_BEFORE_OF.contains(line.key(end - 1)) && placeAt(line, afterParticles) > 0) {
                // "Hapag-Lloyd of Hamburg": a name, then where it is; but "Bank of Chile" is one name
                keepRun(line, start, end, found);
                return capitalRun(line, afterParticles, found);
            }
            if (isHead(line, afterParticles) && !isHead(line, start)
                    && !gazetteer.isCourtesyTitleKey(line.key(start))) {
                // "Armurerie du Comité de sécurité nationale": the organisation starts at its head;
                // a single word before it names a part of it, not something else.
                if (end - start > 1 || gazetteer.placeByKey(line.sliceKey(start, end)) != null) {
                    keepRun(line, start, end, found);
                }
                return language != Language.ENGLISH
                        ? organisationFrom(line, afterParticles, found)
                        : capitalRun(line, afterParticles, found);
            }
            end = afterParticles + 1;
        }
        keepRun(line, start, end, found);
        return end;
    }

    /** How many capitalised words from {@code i} make a place the gazetteer knows (Rio de Janeiro: 3), or 0. */
    private int placeAt(TokenLine line, int i) {
        int end = i + 1;
        int longest = 0;
        while (end <= line.size() && end - i <= 4) {
            if (isCapitalised(line.token(end - 1)) && gazetteer.placeByKey(line.sliceKey(i, end)) != null) {
                longest = end - i;
            }
            if (end == line.size() || !line.adjacent(end - 1)) {
                break;
            }
            end++;
        }
        return longest;
    }

    /** Where the capitalised word after the particles at {@code at} is, or -1. */
    private int afterParticles(TokenLine line, int at) {
        if (!PARTICLES.contains(line.key(at))) {
            return -1;
        }
        int next = at + 1;
        if (next < line.size() && line.adjacent(at) && SECOND_PARTICLES.contains(line.key(next))) {
            next++;
        }
        if (next < line.size() && line.adjacent(next - 1) && line.token(next).kind() == Token.Kind.WORD
                && isCapitalised(line.token(next)) && !isAllCaps(line.token(next).text())) {
            return next;
        }
        return -1;
    }

    /** "ministère des Affaires étrangères": a lower-case head, kept if a capital follows in the name. */
    private int lowerCaseOrganisation(TokenLine line, int i, List<Candidate> found) {
        int end = organisationEnd(line, i);
        for (int k = i + 1; k < end; k++) {
            if (isCapitalised(line.token(k))) {
                found.add(candidate(line, i, end, EntityType.ORGANISATION, Candidate.LIKELY, null));
                return end;
            }
        }
        return i + 1;
    }

    private int organisationFrom(TokenLine line, int start, List<Candidate> found) {
        int end = organisationEnd(line, start);
        if (end == start + 1 && isPlainWord(line, start)) {
            return end; // a lone head the text also writes in lower case: "Garde" alone names nothing
        }
        found.add(candidate(line, start, end, EntityType.ORGANISATION, Candidate.LIKELY, null));
        return end;
    }

    /**
     * Where a French organisation name that starts at {@code start} ends: after each particle a
     * noun, after the head or a noun at most one adjective, capitalised words freely; a place
     * (du Kazakhstan) takes no adjective after it.
     */
    private int organisationEnd(TokenLine line, int start) {
        int end = start + 1;
        int adjectives = 0;
        while (end < line.size() && line.adjacent(end - 1) && end - start < LONGEST_ORGANISATION) {
            Token token = line.token(end);
            if (token.kind() != Token.Kind.WORD && token.kind() != Token.Kind.ELISION) {
                break;
            }
            String key = line.key(end);
            if (INSIDE_PARTICLES.contains(key)) {
                int noun = end + 1;
                if (noun < line.size() && line.adjacent(end) && SECOND_PARTICLES.contains(line.key(noun))) {
                    noun++;
                }
                if (noun < line.size() && line.adjacent(noun - 1) && line.token(noun).kind() == Token.Kind.WORD
                        && !isStopWord(line, noun)) {
                    end = noun + 1;
                    adjectives = isPlace(line, noun) ? 1 : 0;
                    continue;
                }
                break;
            }
            if (token.kind() != Token.Kind.WORD || isStopWord(line, end)) {
                break;
            }
            if (isCapitalised(token)) {
                adjectives = isPlace(line, end) ? 1 : 0;
                end++;
            } else if (adjectives == 0 && looksLikeAdjective(line, end)) {
                end++;
                adjectives = 1;
            } else {
                break;
            }
        }
        return end;
    }

    /** Decides whether the run {@code [start, end)} names something, and adds it if so. */
    private void keepRun(TokenLine line, int start, int end, List<Candidate> found) {
        String whole = line.sliceKey(start, end);
        boolean plainSingle = end - start == 1 && isPlainWord(line, start); // "Orange", "orange": a word
        if (!plainSingle && isMajorPlace(whole) || gazetteer.isKnownOrganisationKey(whole)) {
            found.add(known(line, start, end, whole));
            return;
        }
        int a = start;
        while (a < end && (isStopWord(line, a) && !(a + 1 < end && isNameParticle(line, a))
                || gazetteer.isOrdinaryKey(line.key(a)) || a + 1 < end && isDemonyms(line.key(a))
                || PARTICLES.contains(line.key(a)) && !isNameParticle(line, a)
                || a == start && opens(line, a) && (isPlainWord(line, a) || isOpeningWord(line, a, end)))) {
            a++;
        }
        // "Rennes Le ...", "Gaulois Les": in a newspaper's run-on columns an article opening the next
        // sentence is no part of the name before it
        while (end - 1 > a && isStopWord(line, end - 1) && !isNameParticle(line, end - 1)) {
            end--;
        }
        if (a == end) {
            return;
        }
        String key = line.sliceKey(a, end);
        if (gazetteer.isOrdinaryKey(key)) {
            return;
        }
        String text = line.slice(a, end);
        if (isMajorPlace(key) || gazetteer.isKnownOrganisationKey(key)) {
            found.add(known(line, a, end, key));
            return;
        }
        Gazetteer.Place town = gazetteer.placeByKey(key);
        boolean allCaps = true;
        for (int k = a; k < end; k++) {
            allCaps &= isAllCaps(line.token(k).text());
        }
        if (allCaps && end - a == 1 && town != null && text.length() > 2) {
            // RENNES, NANTES: a dateline or a heading names its town in capitals
            found.add(candidate(line, a, end, EntityType.PLACE, Candidate.HINT, town));
            return;
        }
        if (allCaps && end - a > 1) {
            // a heading: MISE À JOUR, ANGLETERRE LE CONGRÈS; a place it names is still a place
            for (int k = a; k < end; k++) {
                Gazetteer.Place place = line.token(k).text().length() > 2 ? gazetteer.placeByKey(line.key(k)) : null;
                if (place != null) {
                    found.add(candidate(line, k, k + 1, EntityType.PLACE, Candidate.HINT, place));
                }
            }
            return;
        }
        if (allCaps && (text.length() > 6 || text.length() < 2 || isRomanNumeral(text)
                || !text.chars().allMatch(Character::isLetter)
                || language == Language.FRENCH && FrenchVocabulary.isWord(key))) {
            return; // a heading's word (ABONNEMENTS, LOUER, NI), a numeral (II, IX), OCR noise (S6)
        }
        if (allCaps) {
            found.add(new Candidate(mention(line, a, end, Mention.Kind.NAME), EntityType.ORGANISATION,
                    Candidate.HINT, null, true, null));
            return;
        }
        if (end - a == 1) {
            boolean opens = a == start && opens(line, a);
            if (isPlainWord(line, a) || opens && !capitalisedMidSentence.containsKey(line.key(a))) {
                return;
            }
        }
        if (gazetteer.isCourtesyTitleKey(line.key(a))) {
            found.add(candidate(line, a, end, EntityType.PERSON, Candidate.SURE, null));
        } else if (isHead(line, a) || language == Language.ENGLISH && hasHead(line, a, end)
                || end - a > 1 && gazetteer.endsOrganisationKey(line.key(end - 1))) {
            found.add(candidate(line, a, end, EntityType.ORGANISATION, Candidate.LIKELY, null));
        } else if (end - a > 1 && language == Language.ENGLISH && PLACE_HEADS_BEFORE_OF.contains(line.key(a))
                && PARTICLES.contains(line.key(a + 1))) {
            found.add(candidate(line, a, end, EntityType.PLACE, Candidate.LIKELY, null));
        } else if (roleBefore(line, a) || roleInApposition(line, a, end)
                || end - a > 1 && gazetteer.isFirstNameKey(line.key(a)) && !isWellKnownPlace(line, a)) {
            found.add(candidate(line, a, end, EntityType.PERSON, Candidate.LIKELY, null));
        } else if (cueBefore(line, a) || organisationNounAfter(line, end)
                || end < line.size() && SPEECH_VERBS.contains(line.key(end)) && inAStatement(line, end)) {
            found.add(candidate(line, a, end, EntityType.ORGANISATION, Candidate.HINT, null));
        } else if (speechNear(line, a, end) && !afterPlacePreposition(line, a)) {
            found.add(candidate(line, a, end, EntityType.PERSON, Candidate.HINT, null));
        } else if (town != null || placePrepositionBefore(line, a)) {
            // a town's name may as well be a surname (Jackson) or a firm's (Baza), and one goes "au
            // Sahara" as one writes "au père Grandet": the weakest evidence, that any other outweighs
            found.add(candidate(line, a, end, EntityType.PLACE, Candidate.HINT, null));
        } else {
            found.add(candidate(line, a, end, null, 0, null));
        }
    }

    /**
     * "Analysts at", "Yesterday Velmora", "Rival Maersk": in English, an ordinary word opening a
     * sentence before a name is not part of it, unless it is a first name, a title, a head or a place.
     */
    private boolean isOpeningWord(TokenLine line, int a, int end) {
        String key = line.key(a);
        if (a + 1 >= end || isAllCaps(line.token(a).text()) // BREAKING NEWS
                || gazetteer.isFirstNameKey(key) || gazetteer.isCourtesyTitleKey(key)
                || gazetteer.isRoleKey(key) || isHead(line, a) || gazetteer.placeByKey(key) != null) {
            return false;
        }
        return switch (language) {
            case ENGLISH -> EnglishVocabulary.isWord(key);
            // "Pauvre Nanon", "Voir Revue Biblique"; not "Grande" the text capitalises inside sentences too
            case FRENCH -> FrenchVocabulary.isWord(key) && !capitalisedMidSentence.containsKey(key);
            case OTHER -> false;
        };
    }

    /**
     * Whether the word at {@code i} opens a sentence, or follows a heading in capitals run on into
     * the text, as a newspaper's columns come out of OCR ("ETAT-CIVIL DE RENNES Naissances").
     */
    private static boolean opens(TokenLine line, int i) {
        return line.opensSentence()[i] || i > 0 && isHeadlineWord(line.token(i - 1)) && !isAllCaps(line.token(i).text());
    }

    /**
     * A heading in capitals meets a name written in small letters at {@code i}, either way round:
     * "Saint-Malo ADJUDICATION VOLONTAIRE", "CONGRES INTERPARLEMENTAIRE Londres". A single word in
     * capitals that is not a word of the language stays with the name (Henry MARTIN).
     */
    private boolean headlineMeetsName(TokenLine line, int i) {
        Token before = line.token(i - 1);
        Token token = line.token(i);
        if (isAllCaps(before.text()) == isAllCaps(token.text())) {
            return false;
        }
        int caps = isAllCaps(token.text()) ? i : i - 1;
        if (!isHeadlineWord(line.token(caps))) {
            return false;
        }
        boolean twoInCaps = caps + 1 < line.size() && caps == i && isHeadlineWord(line.token(caps + 1))
                || caps > 0 && caps == i - 1 && isHeadlineWord(line.token(caps - 1));
        return twoInCaps || language == Language.FRENCH && FrenchVocabulary.isWord(line.key(caps));
    }

    /** A word of two letters or more all in capitals, not a roman numeral: a heading's word. */
    private static boolean isHeadlineWord(Token token) {
        return token.kind() == Token.Kind.WORD && token.text().length() > 1 && isAllCaps(token.text())
                && !isRomanNumeral(token.text());
    }

    private static boolean isRomanNumeral(String word) {
        return word.matches("[IVXLC]+");
    }

    /** A place the gazetteer knows, other than a town of the world list. */
    private boolean isMajorPlace(String key) {
        Gazetteer.Place place = gazetteer.placeByKey(key);
        return place != null && !place.minor();
    }

    /** "said in a statement" from the verb at {@code verb}: how organisations speak. */
    private static boolean inAStatement(TokenLine line, int verb) {
        return verb + 3 < line.size() && line.keys(verb + 1, verb + 4).equals("in a statement");
    }

    /** An English name with an organisation's head inside: Japan Agency for Medical Research. */
    private boolean hasHead(TokenLine line, int start, int end) {
        for (int k = start; k < end; k++) {
            if (isHead(line, k)) {
                return true;
            }
        }
        return false;
    }

    /** Swiss, Swiss-Italian: nationality adjectives before a name are not part of it. */
    private boolean isDemonyms(String key) {
        for (String part : key.split("-")) {
            if (gazetteer.countryOfKey(part) == null) {
                return false;
            }
        }
        return true;
    }

    /** "the UGT union", "the Liberal party's leader": a lower-case organisation noun right after. */
    private boolean organisationNounAfter(TokenLine line, int end) {
        return end < line.size() && line.adjacent(end - 1) && ORGANISATION_NOUNS_AFTER.contains(line.key(end))
                && Character.isLowerCase(line.token(end).text().charAt(0));
    }

    /**
     * A verb of speech next to the name: "Otieno said", "said Ferreira", "« ... », dit Duroy"; but
     * "X said in a statement" is what organisations do, and is left to the other rules.
     */
    private boolean speechNear(TokenLine line, int start, int end) {
        if (end < line.size() && line.adjacent(end - 1) && SPEECH_VERBS.contains(line.key(end))) {
            return !inAStatement(line, end);
        }
        if (end + 1 < line.size() && line.adjacent(end - 1) && line.key(end).equals("a")
                && SPEECH_PARTICIPLES.contains(line.key(end + 1))) {
            return true;
        }
        return start > 0 && line.adjacent(start - 1) && SPEECH_VERBS.contains(line.key(start - 1));
    }

    /** "en Berry", "dans l'Anjou", "aux Indes", "au Sahara": French prepositions that mostly lead to a place. */
    private boolean placePrepositionBefore(TokenLine line, int start) {
        if (language != Language.FRENCH) {
            return false;
        }
        int j = start - 1;
        if (j >= 0 && line.adjacent(j) && Set.of("le", "la", "les", "l'").contains(line.key(j))) {
            j--;
        }
        return j >= 0 && line.adjacent(j) && PLACE_PREPOSITIONS.contains(line.key(j));
    }

    /** "Analysts at Barclays said": after at, in or from, a name is a place or a body, whoever speaks. */
    private static boolean afterPlacePreposition(TokenLine line, int start) {
        return start > 0 && line.adjacent(start - 1) && Set.of("at", "in", "from", "chez").contains(line.key(start - 1));
    }

    /** London, Paris, not a town that may be a surname: a first name's look-alike that is a place. */
    private boolean isWellKnownPlace(TokenLine line, int i) {
        Gazetteer.Place place = gazetteer.placeByKey(line.key(i));
        return place != null && !place.minor();
    }

    /** A run the gazetteer knows by its {@code key}: a place or an organisation. */
    private Candidate known(TokenLine line, int start, int end, String key) {
        Gazetteer.Place place = gazetteer.placeByKey(key);
        if (place != null) {
            return candidate(line, start, end, EntityType.PLACE, Candidate.SURE, place);
        }
        return candidate(line, start, end, EntityType.ORGANISATION, Candidate.SURE, null);
    }

    /** A role just before the name, past adjectives such as "arménien" or "ancien". */
    private boolean roleBefore(TokenLine line, int at) {
        if (at >= 2 && Set.of("de", "d'", "of").contains(line.key(at - 1)) && NOBLE_TITLES.contains(line.key(at - 2))) {
            return true;
        }
        int j = skipBack(line, at - 1);
        return j >= 0 && phraseEndingAt(line, j, gazetteer::isRoleKey);
    }

    /** A cue word just before the name: "via", "chien de garde d’Web", "the watchdog". */
    private boolean cueBefore(TokenLine line, int at) {
        int j = skipBack(line, at - 1);
        return j >= 0 && phraseEndingAt(line, j, gazetteer::isOrganisationCueKey);
    }

    private int skipBack(TokenLine line, int from) {
        int j = from;
        int skipped = 0;
        while (j >= 0 && skipped < 3) {
            Token token = line.token(j);
            boolean skippable = token.kind() == Token.Kind.ELISION || gazetteer.isOrdinaryKey(line.key(j))
                    || gazetteer.countryOfKey(line.key(j)) != null || BEFORE_ROLE.contains(line.key(j));
            if (!skippable) {
                break;
            }
            j--;
            skipped++;
        }
        return j;
    }

    /**
     * "Le président du Kazakhstan, Kassym-Jomart Tokayev": a comma before the name and a role
     * earlier in the sentence; or "Tokayev, the president": a role just after a comma.
     */
    private boolean roleInApposition(TokenLine line, int start, int end) {
        if (start > 0 && line.text().substring(line.token(start - 1).end(), line.token(start).start()).strip().equals(",")) {
            for (int j = start - 1; j >= 0 && j >= start - APPOSITION_REACH; j--) {
                if (phraseEndingAt(line, j, gazetteer::isRoleKey)) {
                    return true;
                }
                if (line.opensSentence()[j]) {
                    break;
                }
            }
        }
        if (end < line.size() && line.text().substring(line.token(end - 1).end(), line.token(end).start()).strip().equals(",")) {
            int j = end;
            while (j < line.size() && j < end + 2 && BEFORE_ROLE.contains(line.key(j))) {
                j++;
            }
            return j < line.size() && phraseAt(line, j, gazetteer::isRoleKey) > 0;
        }
        return false;
    }

    /** How many tokens, from {@code i}, make the longest phrase {@code known} accepts; 0 if none. */
    private int phraseAt(TokenLine line, int i, Predicate<String> known) {
        int longest = gazetteer.startsPhrase(line.key(i)) ? gazetteer.longestPhrase() : 1;
        for (int length = Math.min(longest, line.size() - i); length > 0; length--) {
            if (known.test(line.keys(i, i + length))) {
                return length;
            }
        }
        return 0;
    }

    private boolean phraseEndingAt(TokenLine line, int j, Predicate<String> known) {
        for (int length = 1; length <= gazetteer.longestPhrase() && j - length + 1 >= 0; length++) {
            if ((length == 1 || gazetteer.startsPhrase(line.key(j - length + 1)))
                    && known.test(line.keys(j - length + 1, j + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the name after the courtesy title at {@code i} starts (Madame de Marelle, M. Walter:
     * a capitalised word, past particles and the title's period), or -1.
     */
    private int afterTitle(TokenLine line, int i) {
        int next = i + 1;
        if (next >= line.size()) {
            return -1;
        }
        String between = line.text().substring(line.token(i).end(), line.token(next).start()).strip();
        // "M. Walter", but "Bonsoir, monsieur. Charles entra": only an abbreviation takes a period
        if (!between.isEmpty() && !(between.equals(".") && line.key(i).length() <= 3)) {
            return -1;
        }
        Token token = line.token(next);
        if (token.kind() == Token.Kind.WORD && isCapitalised(token) && (!isStopWord(line, next) || isArticleOfAName(line, next))
                && !gazetteer.isCourtesyTitleKey(line.key(next))) {
            return next;
        }
        int afterParticles = afterParticles(line, next);
        return afterParticles >= 0 ? next : -1;
    }

    /**
     * Where the name after the initials at {@code i} starts (A. Wattelier, C. de Bonfons, J. B.
     * Say: capitals of one letter, each with its period), or {@code i} when there are none or no
     * name follows them.
     */
    private int afterInitials(TokenLine line, int i) {
        int k = i;
        while (k + 1 < line.size() && isInitial(line, k)) {
            k++;
        }
        if (k == i || line.token(k).kind() != Token.Kind.WORD || isAllCaps(line.token(k).text()) && line.token(k).text().length() < 3) {
            return i;
        }
        // initials stand for first names: "C. B. Constance" signs a letter; "S. Selon" ends one sentence and opens the next
        String key = line.key(k);
        boolean name = isCapitalised(line.token(k)) && !isStopWord(line, k) && !gazetteer.isCourtesyTitleKey(key)
                && !gazetteer.isFirstNameKey(key) && !(language == Language.FRENCH && FrenchVocabulary.isWord(key)
                        && !capitalisedMidSentence.containsKey(key));
        return name || afterParticles(line, k) >= 0 ? k : i;
    }

    /** "M. Le Brument": after a title, an article with a capital before a capitalised word is the name's. */
    private boolean isArticleOfAName(TokenLine line, int i) {
        return language == Language.FRENCH && NAME_ARTICLES.contains(line.key(i)) && isCapitalised(line.token(i))
                && i + 1 < line.size() && line.adjacent(i) && isCapitalised(line.token(i + 1));
    }

    /** A capital letter alone with its period: an initial. */
    private static boolean isInitial(TokenLine line, int k) {
        String word = line.token(k).text();
        return line.token(k).kind() == Token.Kind.WORD && word.length() == 1 && Character.isUpperCase(word.charAt(0))
                && k + 1 < line.size()
                && line.text().substring(line.token(k).end(), line.token(k + 1).start()).strip().equals(".");
    }

    /** "Du Roy", "De Gaulle": a capitalised particle inside a sentence, a name after it. */
    private boolean isNameParticle(TokenLine line, int i) {
        if (!isCapitalised(line.token(i)) || i + 1 >= line.size() || !line.adjacent(i) || !isCapitalised(line.token(i + 1))) {
            return false;
        }
        // "de La Vie Française", "à La Rochelle", "M. Le Brument": inside a sentence, an article with a
        // capital belongs to the name after it
        if (language == Language.FRENCH && NAME_ARTICLES.contains(line.key(i)) && !opens(line, i)) {
            return true;
        }
        // opening a sentence, only if the text capitalises it inside sentences too ("Du Roy" there)
        return (!line.opensSentence()[i] || capitalisedMidSentence.containsKey(line.key(i))) && PARTICLES.contains(line.key(i));
    }

    private boolean isHead(TokenLine line, int i) {
        return isCapitalised(line.token(i)) && gazetteer.isOrganisationHeadKey(line.key(i));
    }

    /**
     * A word the text writes in lower case at least as often as with a capital mid-sentence, so a
     * capital alone does not make it a name ("Forestier" a hundred times, "forestier" once, is a name).
     */
    private boolean isPlainWord(TokenLine line, int i) {
        String key = line.key(i);
        int lower = lowerCaseWords.getOrDefault(key, 0);
        return lower > 0 && lower >= capitalisedMidSentence.getOrDefault(key, 0);
    }

    private boolean isPlace(TokenLine line, int i) {
        return gazetteer.placeByKey(line.key(i)) != null;
    }

    private boolean isStopWord(TokenLine line, int i) {
        return TermNormaliser.isStopWord(line.key(i), language);
    }

    /** French adjective endings, or a nationality adjective: nationale, collective, biélorusse. */
    private boolean looksLikeAdjective(TokenLine line, int i) {
        String word = line.key(i);
        if (gazetteer.countryOfKey(word) != null) {
            return true;
        }
        for (String ending : new String[] {"al", "ale", "ales", "aux", "ique", "iques", "if", "ive", "ifs", "ives",
            "aire", "aires", "el", "elle", "els", "elles", "ien", "ienne", "iens", "iennes", "ais", "aise", "aises",
            "ere", "eres", "ier", "iers", "e", "es", "ee", "ees"}) {
            if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                return ending.length() > 2 || !word.endsWith("ment") && !word.endsWith("ent");
            }
        }
        return false;
    }

    private static boolean isCapitalised(Token token) {
        return token.kind() == Token.Kind.WORD && Character.isUpperCase(token.text().charAt(0));
    }

    private static boolean isAllCaps(String word) {
        boolean letter = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private static Mention mention(TokenLine line, int start, int end, Mention.Kind kind) {
        return new Mention(line.slice(start, end), line.paragraph(), line.token(start).start(),
                line.token(end - 1).end(), kind);
    }

    static Candidate candidate(TokenLine line, int start, int end, EntityType type, int strength,
                                       Gazetteer.Place place) {
        return new Candidate(mention(line, start, end, Mention.Kind.NAME), type, strength, place, false, null);
    }
}
