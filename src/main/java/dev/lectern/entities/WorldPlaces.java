package dev.lectern.entities;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.TermNormaliser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The world's cities and regions, in English and French: every capital and city of a million
 * people (named as surely as a country), towns of 15,000 people or more (a weaker hint, since a
 * town's name is often a surname too) and the countries' regions. Built from GeoNames by
 * {@code bench/gazetteer/world-places.py} into a gzipped resource of about 200 KB, read on
 * first use only: the entities are found after the first screen, so the reader's start never
 * waits for it.
 */
final class WorldPlaces {
    private static final class Loaded {
        static final WorldPlaces INSTANCE = new WorldPlaces("world-places.txt.gz");
    }

    private final Map<String, Gazetteer.Place> byKey = new HashMap<>();

    private WorldPlaces(String resource) {
        try (InputStream in = WorldPlaces.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing gazetteer " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                String english = fields[1];
                String french = fields[2];
                Gazetteer.Place place = new Gazetteer.Place("geo:" + english, french, english, fields[0].equals("T"));
                add(english, place);
                add(french, place);
                for (String form : fields[3].split("\\|")) {
                    if (!form.isEmpty()) {
                        add(form, place);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WorldPlaces get() {
        return Loaded.INSTANCE;
    }

    /** The place of this folded name, or null. */
    Gazetteer.Place byKey(String key) {
        return byKey.get(key);
    }

    /** A form that is a stop word in English or French (Un, Sur, Mon: towns too) never names the place. */
    private void add(String form, Gazetteer.Place place) {
        String key = TermNormaliser.key(form);
        if (!TermNormaliser.isStopWord(key, Language.FRENCH) && !TermNormaliser.isStopWord(key, Language.ENGLISH)) {
            byKey.putIfAbsent(key, place);
        }
    }
}
