package dev.lectern.entities;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.TermNormaliser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What Lectern knows before reading: countries (named by the JDK itself, in French and English,
 * from {@link Locale#getISOCountries()}), capitals, cities and regions, nationality adjectives,
 * person titles, organisation heads, known organisations, cues that a name is an organisation,
 * and capitalised words that name nothing. All lists but the countries are resource files
 * beside this class; each says its source. Keys are folded ({@link TermNormaliser#fold}).
 * Loaded once; safe to share between threads.
 */
public final class Gazetteer {
    private static final Gazetteer INSTANCE = new Gazetteer();

    /**
     * A place as the gazetteer knows it: its key (country code or first form) and its names;
     * {@code minor} for a town of the world list, whose name may as well be a surname.
     */
    public record Place(String key, String french, String english, boolean minor) {
        public Place(String key, String french, String english) {
            this(key, french, english, false);
        }

        public String name(Language language) {
            return language == Language.ENGLISH ? english : french;
        }
    }

    private final Map<String, Place> places = new HashMap<>();
    private final Map<String, Place> demonyms = new HashMap<>();
    private final Set<String> courtesyTitles = new HashSet<>();
    private final Set<String> roles = new HashSet<>();
    private final Set<String> organisationHeads = new HashSet<>();
    private final Set<String> lowerCaseHeads = new HashSet<>();
    private final Set<String> organisations = new HashSet<>();
    private final Set<String> organisationCues = new HashSet<>();
    private final Set<String> organisationEndings = new HashSet<>();
    private final Set<String> firstNames = new HashSet<>();
    private final Set<String> ordinaryWords = new HashSet<>();
    private final Set<String> phraseStarts = new HashSet<>();
    private int longestPhrase = 1;

    private Gazetteer() {
        Map<String, Place> countries = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            Place place = new Place(code, country.getDisplayCountry(Locale.FRENCH), country.getDisplayCountry(Locale.ENGLISH));
            countries.put(code, place);
            addPlace(place.french(), place);
            addPlace(place.english(), place);
        }
        for (List<String> forms : lines("places.txt", ",")) {
            if (forms.get(0).matches("[A-Z]{2}:.*")) {
                // "KG: Kirghizistan": more names of a country than the JDK gives
                Place country = countries.get(forms.get(0).substring(0, 2));
                forms.set(0, forms.get(0).substring(3));
                forms.forEach(form -> addPlace(form, country));
                continue;
            }
            String french = forms.get(0);
            String english = forms.size() > 1 ? forms.get(1) : french;
            Place place = new Place(french, french, english);
            forms.forEach(form -> addPlace(form, place));
        }
        for (String line : rawLines("demonyms.txt")) {
            int colon = line.indexOf(':');
            Place country = countries.get(line.substring(0, colon).strip());
            for (String form : line.substring(colon + 1).strip().split("\\s+")) {
                demonyms.put(TermNormaliser.key(form), country);
            }
        }
        String section = "";
        for (String line : rawLines("person-titles.txt")) {
            if (line.startsWith("[")) {
                section = line;
            } else {
                (section.equals("[courtesy]") ? courtesyTitles : roles).add(withoutPeriod(TermNormaliser.key(line)));
                notePhrase(line);
            }
        }
        for (String line : rawLines("organisation-heads.txt")) {
            if (line.endsWith("*")) {
                String head = TermNormaliser.key(line.substring(0, line.length() - 1));
                organisationHeads.add(head);
                lowerCaseHeads.add(head);
            } else {
                organisationHeads.add(TermNormaliser.key(line));
            }
        }
        rawLines("organisations.txt").forEach(line -> organisations.add(TermNormaliser.key(line)));
        rawLines("organisation-cues.txt").forEach(line -> {
            organisationCues.add(TermNormaliser.key(line));
            notePhrase(line);
        });
        rawLines("organisation-endings.txt").forEach(line -> organisationEndings.add(TermNormaliser.key(line)));
        rawLines("first-names.txt").forEach(line -> firstNames.add(TermNormaliser.key(line)));
        rawLines("ordinary-words.txt").forEach(line -> ordinaryWords.add(TermNormaliser.key(line)));
    }

    public static Gazetteer get() {
        return INSTANCE;
    }

    /** The place named {@code name} (a country in French or English, a city, a region), or null. */
    public Place place(String name) {
        return placeByKey(TermNormaliser.key(name));
    }

    /** The country a nationality adjective or demonym stands for (russes → Russie), or null. */
    public Place countryOf(String adjective) {
        return countryOfKey(TermNormaliser.key(adjective));
    }

    public boolean isCourtesyTitle(String words) {
        return isCourtesyTitleKey(TermNormaliser.key(words));
    }

    /** président, Premier ministre, attachée de presse, President... (not the courtesy titles). */
    public boolean isRole(String words) {
        return isRoleKey(TermNormaliser.key(words));
    }

    public boolean isOrganisationHead(String word) {
        return isOrganisationHeadKey(TermNormaliser.key(word));
    }

    /** A head that starts a name even in lower case: ministère, Ministry. */
    public boolean headsInLowerCase(String word) {
        return headsInLowerCaseKey(TermNormaliser.key(word));
    }

    public boolean isKnownOrganisation(String name) {
        return isKnownOrganisationKey(TermNormaliser.key(name));
    }

    public boolean isOrganisationCue(String words) {
        return isOrganisationCueKey(TermNormaliser.key(words));
    }

    public boolean isOrdinary(String words) {
        return isOrdinaryKey(TermNormaliser.key(words));
    }

    // The same look-ups by key, for the spotters, which fold every word once beforehand.

    Place placeByKey(String key) {
        Place place = places.get(key);
        return place != null ? place : WorldPlaces.get().byKey(key);
    }

    Place countryOfKey(String key) {
        return demonyms.get(key);
    }

    boolean isCourtesyTitleKey(String key) {
        return courtesyTitles.contains(withoutPeriod(key));
    }

    boolean isRoleKey(String key) {
        return roles.contains(withoutPeriod(key));
    }

    boolean isOrganisationHeadKey(String key) {
        return organisationHeads.contains(key);
    }

    boolean headsInLowerCaseKey(String key) {
        return lowerCaseHeads.contains(key);
    }

    boolean isKnownOrganisationKey(String key) {
        return organisations.contains(key);
    }

    boolean isOrganisationCueKey(String key) {
        return organisationCues.contains(key);
    }

    /** Ltd, Inc, GmbH, Airlines, Ministry...: a word that ends an organisation's name. */
    boolean endsOrganisationKey(String key) {
        return organisationEndings.contains(key);
    }

    /** A first name in English or French (Grace, Jean-Baptiste). */
    boolean isFirstNameKey(String key) {
        return firstNames.contains(key);
    }

    boolean isOrdinaryKey(String key) {
        return ordinaryWords.contains(key);
    }

    /** The most words any title or cue has: how far a phrase look-up needs to reach. */
    public int longestPhrase() {
        return longestPhrase;
    }

    /**
     * Whether some title or cue of several words starts with the word {@code key} (premier, the):
     * only then need a look-up try the phrases that start there.
     */
    public boolean startsPhrase(String key) {
        return phraseStarts.contains(key);
    }


    private static String withoutPeriod(String key) {
        return key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
    }

    private void addPlace(String form, Place place) {
        places.putIfAbsent(TermNormaliser.key(form), place);
    }

    private void notePhrase(String phrase) {
        String[] words = TermNormaliser.key(phrase).split(" ");
        longestPhrase = Math.max(longestPhrase, words.length);
        if (words.length > 1) {
            phraseStarts.add(words[0]);
        }
    }

    private static List<List<String>> lines(String resource, String separator) {
        List<List<String>> result = new ArrayList<>();
        for (String line : rawLines(resource)) {
            List<String> forms = new ArrayList<>();
            for (String form : line.split(separator)) {
                if (!form.isBlank()) {
                    forms.add(form.strip());
                }
            }
            result.add(forms);
        }
        return result;
    }

    private static List<String> rawLines(String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing gazetteer " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    lines.add(stripped);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
