package dev.lectern.entities;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.TermNormaliser;
import dev.lectern.analysis.WordPool;
import dev.lectern.doc.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The people, places, organisations and figures of one document, key ones first. Built once
 * from the paragraphs (the title is left out: it repeats the text); immutable afterwards and
 * safe to share between threads.
 */
public final class EntityIndex {
    private static final double FUZZY_MATCH = 0.85;

    /** Where each phase ends, in percent of a whole build from tokens (CPU times on 10 MB, EntityBenchmark). */
    private static final int LINES = 52;
    private static final int SPOTTED = 83;
    private static final int MERGED = 91;

    private final List<Entity> entities;
    private final int paragraphCount;
    /** The entities of each type, key ones first: the pane lists them at every step. */
    private final Map<EntityType, List<Entity>> byType = new EnumMap<>(EntityType.class);

    private EntityIndex(List<Entity> entities, int paragraphCount) {
        this.entities = List.copyOf(entities);
        this.paragraphCount = paragraphCount;
        for (EntityType type : EntityType.values()) {
            byType.put(type, this.entities.stream().filter(e -> e.type() == type).toList());
        }
    }

    public static EntityIndex build(Document document) {
        return build(ArticleTokens.of(document), PhaseTimes.NONE, percent -> { });
    }

    /**
     * The index of an article already cut into tokens, telling {@code progress} how far it has
     * got, in percent (0 to 100, rising), for a long article's status bar. The phases' shares
     * are what they took on 10 MB of text.
     */
    public static EntityIndex build(ArticleTokens article, IntConsumer progress) {
        return build(article, PhaseTimes.NONE, progress);
    }

    /** The same, with the time of each phase noted in {@code times} (see EntityBenchmark). */
    static EntityIndex build(Document document, PhaseTimes times) {
        ArticleTokens article = ArticleTokens.of(document);
        times.mark("tokenising");
        return build(article, times, percent -> { });
    }

    private static EntityIndex build(ArticleTokens article, PhaseTimes times, IntConsumer progress) {
        Language language = article.language();
        List<TokenLine> lines = new ArrayList<>();
        int total = Math.max(1, article.size());
        WordPool keys = new WordPool();
        for (int i = 0; i < article.size(); i++) {
            lines.add(TokenLine.of(article.number(i), article.texts().get(i), article.tokens().get(i), language, keys));
            progress.accept(LINES * lines.size() / total);
        }
        times.mark("sentences and keys");
        List<Candidate> candidates = NameSpotter.spot(lines, language);
        times.mark("spotting names");
        progress.accept(SPOTTED);
        List<EntityMerger.Group> groups = new ArrayList<>(new EntityMerger(language).merge(candidates));
        times.mark("merging");
        progress.accept(MERGED);
        Map<String, List<Mention>> figures = new LinkedHashMap<>();
        for (TokenLine line : lines) {
            for (Mention figure : FigureSpotter.spot(line, language)) {
                figures.computeIfAbsent(figure.text().replaceAll("\\s+", " "), k -> new ArrayList<>()).add(figure);
            }
        }
        figures.forEach((name, mentions) -> groups.add(new EntityMerger.Group(name, EntityType.FIGURE, List.of(), mentions)));
        times.mark("figures");
        int count = article.document().size();
        List<Entity> entities = new ArrayList<>();
        for (EntityMerger.Group group : groups) {
            List<Integer> paragraphs = List.copyOf(new TreeSet<>(group.mentions().stream().map(Mention::paragraph).toList()));
            entities.add(new Entity(group.name(), group.type(), group.aliases(), group.mentions().size(), paragraphs,
                    group.mentions(), Salience.of(group.mentions(), paragraphs, count)));
        }
        entities.sort(Comparator.comparingDouble(Entity::salience).reversed().thenComparing(Entity::name));
        times.mark("salience");
        progress.accept(100);
        return new EntityIndex(entities, count);
    }

    /** Every entity, key ones first. */
    public List<Entity> entities() {
        return entities;
    }

    /** The entities of one type, key ones first. */
    public List<Entity> ofType(EntityType type) {
        return byType.get(type);
    }

    /** The entities mentioned in paragraph {@code number}, in the order they first come up there. */
    public List<Entity> entitiesIn(int number) {
        return entities.stream().filter(e -> e.isIn(number))
                .sorted(Comparator.comparingInt(e -> firstOffsetIn(e, number))).toList();
    }

    /**
     * The entity named {@code name} (its name or any alias, case and accents ignored); with
     * a leading article or elision ignored (l’OTSC); with {@code fuzzy}, failing that, the key entity whose name, alias or one of their words is
     * most like it (Jaro-Winkler at least 0.85): "tokaev" finds Kassym-Jomart Tokayev.
     */
    public Optional<Entity> find(String name, boolean fuzzy) {
        String key = TermNormaliser.key(name).replaceFirst("^(l'|d'|le |la |les |the )", "");
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Entity entity : entities) {
            if (forms(entity).contains(key)) {
                return Optional.of(entity);
            }
        }
        if (!fuzzy) {
            return Optional.empty();
        }
        JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
        Entity best = null;
        double bestScore = FUZZY_MATCH;
        for (Entity entity : entities) {
            for (String form : forms(entity)) {
                double score = similarity.apply(key, form);
                for (String word : form.split(" ")) {
                    score = Math.max(score, similarity.apply(key, word));
                }
                if (score > bestScore) {
                    best = entity;
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    public int paragraphCount() {
        return paragraphCount;
    }

    private static List<String> forms(Entity entity) {
        List<String> forms = new ArrayList<>();
        forms.add(TermNormaliser.key(entity.name()));
        entity.aliases().forEach(alias -> forms.add(TermNormaliser.key(alias)));
        return forms;
    }

    private static int firstOffsetIn(Entity entity, int number) {
        return entity.occurrences().stream().filter(m -> m.paragraph() == number).mapToInt(Mention::start).min().orElse(0);
    }
}
