package dev.lectern.entities;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.TermNormaliser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Gathers the forms of one entity. Mentions with the same folded form go together, as do the
 * forms of one gazetteer place (Russie, russes). Then forms are merged when
 * <ul>
 *   <li>one is the acronym of the other (OTSC, Organisation du traité de sécurité collective),
 *       or they stand beside each other in parentheses;</li>
 *   <li>they are spellings of one name: same number of words, each pair of words the same but
 *       for one letter (two in words of nine letters or more), same first letter, Jaro-Winkler
 *       similarity at least 0.9 (Tokayev ~ Tokaïev, Nazarbayev ~ Nazarbaïev);</li>
 *   <li>one is the surname of the other, with or without a courtesy title (Tokaïev,
 *       Monsieur Forestier ~ Kassym-Jomart Tokayev, Charles Forestier); a surname shared by
 *       several full names goes to the most mentioned one.</li>
 * </ul>
 * The type is the one with the most evidence over all mentions (a gazetteer or a title weighs
 * more than a cue); with none, an acronym is an organisation, a name of several words or
 * mentioned more than once is a person, anything else OTHER.
 */
final class EntityMerger {
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(2);
    private static final double SIMILAR = 0.9;

    /** One entity before ranking: its shown name, type, other forms and mentions. */
    record Group(String name, EntityType type, List<String> aliases, List<Mention> mentions) {
    }

    /** The forms that share one folded key, with their candidates. */
    private static final class Form {
        final String key;
        final List<Candidate> candidates = new ArrayList<>();
        final String[] words;
        Form parent = this;
        private String initials;

        Form(String key) {
            this.key = key;
            this.words = key.split(" ");
        }

        String initials(Language language) {
            if (initials == null) {
                initials = words.length > 1 ? Acronym.initials(first().text(), language) : "";
            }
            return initials;
        }

        Form root() {
            Form form = this;
            while (form.parent != form) {
                form = form.parent;
            }
            return form;
        }

        Candidate first() {
            return candidates.get(0);
        }

        boolean isPlace() {
            return first().place() != null;
        }

        boolean isAcronym() {
            return first().acronym() || Acronym.looksLikeOne(first().text());
        }

        boolean isOrganisation() {
            return candidates.stream().anyMatch(c -> c.evidence() == EntityType.ORGANISATION && c.strength() >= Candidate.LIKELY);
        }
    }

    private final Gazetteer gazetteer = Gazetteer.get();
    private final Language language;

    EntityMerger(Language language) {
        this.language = language;
    }

    List<Group> merge(List<Candidate> candidates) {
        Map<String, Form> forms = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            String key = candidate.place() != null ? "place:" + candidate.place().key()
                    : TermNormaliser.key(withoutAppellation(candidate.text()));
            forms.computeIfAbsent(key, Form::new).candidates.add(candidate);
        }
        List<Form> all = new ArrayList<>(forms.values());
        mergeAcronyms(all, forms);
        mergeSpellings(all);
        mergeSurnames(all);
        mergeShortOrganisationNames(all);
        Map<Form, List<Form>> groups = new LinkedHashMap<>();
        for (Form form : all) {
            groups.computeIfAbsent(form.root(), r -> new ArrayList<>()).add(form);
        }
        Set<String> titled = new HashSet<>(); // "pot" of "M. Pot": a word the text gives a title to is a name
        for (Form form : all) {
            String[] bare = withoutCourtesy(form.words);
            if (bare.length == 1 && form.words.length > 1) {
                titled.add(TermNormaliser.key(bare[0]));
            }
        }
        List<Group> result = new ArrayList<>();
        for (List<Form> group : groups.values()) {
            if (!isOnlyAWord(group, titled) && !isNoise(group)) {
                result.add(group(group));
            }
        }
        return result;
    }

    private void mergeAcronyms(List<Form> all, Map<String, Form> byKey) {
        for (Form form : all) {
            for (Candidate candidate : form.candidates) {
                if (candidate.partner() != null) {
                    Form partner = byKey.get(TermNormaliser.key(candidate.partner()));
                    if (partner != null && !partner.isPlace() && !form.isPlace()) {
                        union(form, partner);
                    }
                }
            }
        }
        Map<String, List<Form>> byInitials = new LinkedHashMap<>();
        for (Form form : all) {
            if (!form.isPlace() && form.words.length > 1) {
                byInitials.computeIfAbsent(form.initials(language), k -> new ArrayList<>()).add(form);
            }
        }
        for (Form acronym : all) {
            if (acronym.isAcronym() && !acronym.isPlace()) {
                String letters = acronym.key.replace(".", "");
                byInitials.getOrDefault(letters, List.of()).forEach(expansion -> union(acronym, expansion));
            }
        }
    }

    /**
     * Only forms of as many words, with the same first letter and both organisations or neither,
     * can be spellings of one name: each such bucket is compared within itself, not every form
     * with every other (tens of thousands of forms in a long book or an OCR text).
     */
    private void mergeSpellings(List<Form> all) {
        Map<String, List<Form>> buckets = new HashMap<>();
        for (Form form : all) {
            if (!form.isPlace() && !form.isAcronym()) {
                String bucket = form.words.length + ":" + form.key.charAt(0) + ":" + form.isOrganisation();
                buckets.computeIfAbsent(bucket, k -> new ArrayList<>()).add(form);
            }
        }
        for (List<Form> bucket : buckets.values()) {
            for (int i = 0; i < bucket.size(); i++) {
                Form a = bucket.get(i);
                for (int j = i + 1; j < bucket.size(); j++) {
                    Form b = bucket.get(j);
                    if (sameWords(a.words, b.words)) {
                        union(a, b);
                    }
                }
            }
        }
    }

    private void mergeSurnames(List<Form> all) {
        Map<Form, String[]> bare = new HashMap<>();
        // Full names by the first letter and length of their surname: a surname alone must share
        // the letter and be within two letters of the length (sameWord), so only five lists are read.
        Map<String, List<Form>> fullNames = new HashMap<>();
        Map<Form, Integer> order = new HashMap<>();
        for (Form form : all) {
            String[] words = withoutCourtesy(form.words);
            bare.put(form, words);
            if (words.length >= 2 && !form.isPlace() && !form.isOrganisation()) {
                String surname = words[words.length - 1];
                fullNames.computeIfAbsent(surnameBucket(surname, surname.length()), k -> new ArrayList<>()).add(form);
                order.put(form, order.size());
            }
        }
        for (Form single : all) {
            String[] words = bare.get(single);
            if (words.length != 1 || single.isPlace() || single.isAcronym() || single.isOrganisation()) {
                continue;
            }
            // the most mentioned matching full name; of equals, the first in reading order
            Form best = null;
            for (int length = words[0].length() - 2; length <= words[0].length() + 2; length++) {
                for (Form full : fullNames.getOrDefault(surnameBucket(words[0], length), List.of())) {
                    String[] fullWords = bare.get(full);
                    if (full == single || full.root() == single.root()
                            || !sameWord(words[0], fullWords[fullWords.length - 1])) {
                        continue;
                    }
                    if (best == null || mentions(full) > mentions(best)
                            || mentions(full) == mentions(best) && order.get(full) < order.get(best)) {
                        best = full;
                    }
                }
            }
            if (best != null) {
                union(single, best);
            }
        }
    }

    /**
     * "Nordhaven" after "Nordhaven Shipping", "Aurelia" after "Aurelia Motors": a single word that
     * starts an organisation's name of several words, and names nothing else, is that organisation;
     * so is a lone head ("Commission") that ends the name of only one.
     */
    private void mergeShortOrganisationNames(List<Form> all) {
        Map<String, List<Form>> byFirstWord = new HashMap<>();
        Map<String, List<Form>> byHead = new HashMap<>();
        for (Form form : all) {
            if (form.words.length >= 2 && form.isOrganisation() && !form.isPlace()) {
                byFirstWord.computeIfAbsent(form.words[0], k -> new ArrayList<>()).add(form);
                byHead.computeIfAbsent(form.words[form.words.length - 1], k -> new ArrayList<>()).add(form);
            }
        }
        for (Form single : all) {
            if (single.words.length != 1 || single.isPlace() || single.isAcronym() || single.root() != single
                    || single.candidates.stream().anyMatch(c -> c.evidence() != null && c.evidence() != EntityType.ORGANISATION)) {
                continue;
            }
            List<Form> names = byFirstWord.getOrDefault(single.key, List.of());
            if (names.isEmpty() && gazetteer.isOrganisationHead(single.key)) {
                // "the Commission" after "the European Commission": the one organisation it heads
                names = byHead.getOrDefault(single.key, List.of());
            }
            if (names.stream().map(Form::root).distinct().count() == 1) {
                union(names.get(0), single);
            }
        }
    }

    private static String surnameBucket(String surname, int length) {
        return (surname.isEmpty() ? "" : surname.substring(0, 1)) + ":" + length;
    }

    private int mentions(Form form) {
        return form.candidates.size();
    }

    private String[] withoutCourtesy(String[] words) {
        int k = 0;
        while (k < words.length - 1 && (gazetteer.isCourtesyTitle(words[k]) || isAppellation(words[k])
                || isArticle(words[k]) && isAppellation(words[k + 1]) || words[k].equals("de") || words[k].equals("d'"))) {
            k++;
        }
        return java.util.Arrays.copyOfRange(words, k, words.length);
    }

    /** "le père Grandet" is a form of Grandet, "le comte de Vaudrec" of Vaudrec: as the name was before the appellation. */
    private static String withoutAppellation(String text) {
        String[] words = text.split("\\s+");
        int k = 0;
        while (k < words.length - 1 && (isAppellation(words[k]) || isArticle(words[k]) && isAppellation(words[k + 1])
                || k > 0 && (words[k].equals("de") || words[k].equals("d'")))) {
            k++;
        }
        return k == 0 ? text : String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
    }

    private static boolean isArticle(String word) {
        String key = TermNormaliser.key(word);
        return key.equals("le") || key.equals("la");
    }

    /** "le", "père", "l'abbé" before a name: its appellation (see NameSpotter), like a courtesy title. */
    private static boolean isAppellation(String word) {
        String key = TermNormaliser.key(word);
        return NameSpotter.APPELLATIONS.contains(key)
                || key.startsWith("l'") && NameSpotter.APPELLATIONS.contains(key.substring(2));
    }

    private static boolean sameWords(String[] a, String[] b) {
        for (int k = 0; k < a.length; k++) {
            if (!sameWord(a[k], b[k])) {
                return false;
            }
        }
        return true;
    }

    /** Two folded words that are spellings of one name: tokayev ~ tokaiev. */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 6 || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        int allowed = shorter >= 9 ? 2 : 1;
        if (Math.abs(a.length() - b.length()) > allowed) {
            return false; // the edit distance is at least the difference in length
        }
        int distance = LEVENSHTEIN.apply(a, b);
        return distance >= 0 && distance <= allowed && JARO_WINKLER.apply(a, b) >= SIMILAR;
    }

    private static void union(Form a, Form b) {
        Form ra = a.root();
        Form rb = b.root();
        if (ra != rb) {
            rb.parent = ra;
        }
    }

    private Group group(List<Form> forms) {
        List<Candidate> candidates = new ArrayList<>();
        forms.forEach(form -> candidates.addAll(form.candidates));
        EntityType type = type(candidates, forms);
        String name = name(candidates, type);
        Map<String, String> aliases = new LinkedHashMap<>();
        Set<String> texts = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (texts.add(candidate.text())) { // a name mentioned a thousand times is folded once
                aliases.putIfAbsent(TermNormaliser.key(candidate.text()), candidate.text());
            }
        }
        aliases.remove(TermNormaliser.key(name));
        List<Mention> mentions = candidates.stream().map(Candidate::mention)
                .sorted(Comparator.comparingInt(Mention::paragraph).thenComparingInt(Mention::start)).toList();
        return new Group(name, type, List.copyOf(aliases.values()), mentions);
    }

    private EntityType type(List<Candidate> candidates, List<Form> forms) {
        Map<EntityType, Integer> weight = new EnumMap<>(EntityType.class);
        boolean town = false;
        for (Candidate candidate : candidates) {
            town |= candidate.isTownHint();
            if (candidate.evidence() != null && !candidate.isTownHint()) {
                weight.merge(candidate.evidence(), candidate.strength(), Integer::sum);
            }
        }
        if (weight.isEmpty() && town) {
            // "le duc de Buckingham" once outweighs Buckingham the town a hundred times
            return EntityType.PLACE;
        }
        if (!weight.isEmpty()) {
            return weight.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                    .thenComparing(e -> -e.getKey().ordinal())).orElseThrow().getKey();
        }
        if (forms.stream().anyMatch(Form::isAcronym)) {
            return EntityType.ORGANISATION;
        }
        if (language == Language.ENGLISH) {
            return EntityType.OTHER; // a name with no evidence is not a person by default (Hapag-Lloyd)
        }
        boolean severalWords = forms.stream().anyMatch(form -> withoutCourtesy(form.words).length > 1);
        return severalWords || candidates.size() > 1 ? EntityType.PERSON : EntityType.OTHER;
    }

    /**
     * "Ir" (fr., francs, as OCR reads it), "Ni", "MM" alone: a word of one or two letters not all
     * in capitals, or a courtesy title with no name, names nothing when no longer form goes with it.
     */
    private boolean isNoise(List<Form> forms) {
        for (Form form : forms) {
            if (form.isPlace() || form.words.length != 1) {
                return false;
            }
            String word = form.candidates.get(0).text();
            boolean shortWord = word.length() <= 2 && !word.equals(word.toUpperCase(java.util.Locale.ROOT));
            if (!gazetteer.isCourtesyTitle(word) && (form.isAcronym() || !shortWord)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Yachts", "Attendu", "la République", "le Bloc": in French, a single word of the language
     * with a capital and nothing else to say it names something (no title, here or on another
     * mention, no role, head, gazetteer entry or first name, no acronym) is a word, not a name.
     */
    private boolean isOnlyAWord(List<Form> forms, Set<String> titled) {
        if (language != Language.FRENCH) {
            return false;
        }
        for (Form form : forms) {
            if (form.isAcronym() || form.words.length != 1) {
                return false;
            }
            String key = TermNormaliser.key(form.words[0]);
            if (!FrenchVocabulary.isWord(key) || gazetteer.isFirstNameKey(key) || titled.contains(key)) {
                return false;
            }
            for (Candidate candidate : form.candidates) {
                // "au Bois", "en Ville": a preposition alone does not make a word a place; a town does
                if (candidate.evidence() != null && !(candidate.isTownHint() && gazetteer.placeByKey(key) == null)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A place by its gazetteer name; a person by the fullest form without a title; else the fullest form. */
    private String name(List<Candidate> candidates, EntityType type) {
        if (type == EntityType.PLACE) {
            // the place as the text names it most often; by the gazetteer if only adjectives stand for it
            Map<String, Integer> names = new LinkedHashMap<>();
            Gazetteer.Place place = null;
            for (Candidate candidate : candidates) {
                place = place != null ? place : candidate.place();
                if (candidate.mention().kind() == Mention.Kind.NAME) {
                    names.merge(candidate.text(), 1, Integer::sum);
                }
            }
            // a heading's capitals (RENNES) are how the text shouts the name, not how it writes it
            boolean written = names.keySet().stream().anyMatch(name -> !name.equals(name.toUpperCase(Locale.ROOT)));
            if (written) {
                names.keySet().removeIf(name -> name.equals(name.toUpperCase(Locale.ROOT)));
            } else if (place != null) {
                return place.name(language);
            }
            if (!names.isEmpty()) {
                return names.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            }
            if (place != null) {
                return place.name(language);
            }
        }
        Comparator<Candidate> fullest = Comparator.comparingInt((Candidate c) -> c.mention().kind() == Mention.Kind.NAME ? 1 : 0)
                .thenComparingInt(c -> type == EntityType.PERSON && (gazetteer.isCourtesyTitle(c.text().split("\\s+")[0])
                        || !withoutAppellation(c.text()).equals(c.text())) ? 0 : 1)
                .thenComparingInt(c -> c.text().split("\\s+").length)
                .thenComparingInt(c -> c.text().length());
        Candidate best = candidates.get(0);
        Set<String> weighed = new HashSet<>();
        for (Candidate candidate : candidates) {
            // candidates of one text and kind are equally full: each is weighed once
            if (weighed.add(candidate.mention().kind() + ":" + candidate.text()) && fullest.compare(candidate, best) > 0) {
                best = candidate;
            }
        }
        return best.text();
    }
}
