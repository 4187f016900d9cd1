package dev.lectern.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentences as the nodes of a graph whose edges weigh how much two sentences share: the cosine
 * of their tf-idf vectors over stemmed, stop-word-free terms (as LexRank). Built through an
 * inverted index, so only sentences that share a term are compared; in a long text, terms found
 * in more than one sentence in twenty (and in more than 50) are left out of the comparison, as
 * they say little about what a sentence is about and would make it quadratic. A book (over
 * {@value #LONG_TEXT} sentences) would still have billions of edges: there, terms in more than
 * {@value #BOOK_MAX_DF} sentences are left out, and each sentence keeps only its
 * {@value #BOOK_EDGES} strongest edges to later sentences. News articles are far below that and
 * get the whole graph.
 */
final class SentenceGraph {
    private final int size;
    private final int[][] neighbours;
    private final double[][] weights;
    private final double[] strength;

    private SentenceGraph(int size, int[][] neighbours, double[][] weights) {
        this.size = size;
        this.neighbours = neighbours;
        this.weights = weights;
        this.strength = new double[size];
        for (int i = 0; i < size; i++) {
            for (double w : weights[i]) {
                strength[i] += w;
            }
        }
    }

    /** {@code vectors.get(i)} is sentence i's term vector (any weights, not normalised). */
    static final int LONG_TEXT = 2000;
    static final int BOOK_MAX_DF = 100;
    static final int BOOK_EDGES = 20;

    static SentenceGraph of(List<Map<String, Double>> vectors) {
        int n = vectors.size();
        int maxDf = n > LONG_TEXT ? BOOK_MAX_DF : Math.max(50, n / 20);
        int mostEdges = n > LONG_TEXT ? BOOK_EDGES : n;
        Map<String, Integer> ids = new HashMap<>();
        int[][] terms = new int[n][];
        double[][] values = new double[n][];
        double[] norms = new double[n];
        int[] df = new int[16];
        for (int i = 0; i < n; i++) {
            Map<String, Double> vector = vectors.get(i);
            terms[i] = new int[vector.size()];
            values[i] = new double[vector.size()];
            int k = 0;
            for (Map.Entry<String, Double> entry : vector.entrySet()) {
                int id = ids.computeIfAbsent(entry.getKey(), t -> ids.size());
                if (id >= df.length) {
                    df = Arrays.copyOf(df, df.length * 2);
                }
                df[id]++;
                terms[i][k] = id;
                values[i][k] = entry.getValue();
                norms[i] += entry.getValue() * entry.getValue();
                k++;
            }
            norms[i] = Math.sqrt(norms[i]);
        }
        int[][] postings = new int[ids.size()][];
        for (int id = 0; id < postings.length; id++) {
            postings[id] = new int[df[id]];
        }
        int[] filled = new int[ids.size()];
        for (int i = 0; i < n; i++) {
            for (int id : terms[i]) {
                postings[id][filled[id]++] = i;
            }
        }
        // Sparse accumulation row by row: dot products of sentence i with every later sentence j
        // that shares a term with it, in a dense scratch row whose touched cells are listed.
        double[] row = new double[n];
        int[] touched = new int[n];
        Edges edges = new Edges(n);
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int k = 0; k < terms[i].length; k++) {
                int id = terms[i][k];
                int[] posting = postings[id];
                if (posting.length > maxDf) {
                    continue;
                }
                for (int j : posting) {
                    if (j <= i) {
                        continue;
                    }
                    if (row[j] == 0) {
                        touched[count++] = j;
                    }
                    row[j] += values[i][k] * valueOf(terms[j], values[j], id);
                }
            }
            int kept = count <= mostEdges ? count : strongest(touched, count, mostEdges, row, norms);
            Arrays.sort(touched, 0, kept);
            for (int t = 0; t < kept; t++) {
                int j = touched[t];
                edges.add(i, j, row[j] / (norms[i] * norms[j]));
            }
            for (int t = 0; t < count; t++) {
                row[touched[t]] = 0;
            }
        }
        return edges.graph();
    }

    /** Orders the touched cells strongest first (ties by sentence); the first {@code most} are kept. */
    private static int strongest(int[] touched, int count, int most, double[] row, double[] norms) {
        Integer[] order = new Integer[count];
        for (int t = 0; t < count; t++) {
            order[t] = touched[t];
        }
        Arrays.sort(order, java.util.Comparator.comparingDouble((Integer j) -> -row[j] / norms[j]).thenComparingInt(j -> j));
        for (int t = 0; t < count; t++) {
            touched[t] = order[t];
        }
        return most;
    }

    private static double valueOf(int[] terms, double[] values, int id) {
        for (int k = 0; k < terms.length; k++) {
            if (terms[k] == id) {
                return values[k];
            }
        }
        return 0;
    }

    /** Grows both directions of each edge in plain arrays. */
    private static final class Edges {
        private final int[][] neighbours;
        private final double[][] weights;
        private final int[] sizes;

        Edges(int n) {
            neighbours = new int[n][4];
            weights = new double[n][4];
            sizes = new int[n];
        }

        void add(int i, int j, double weight) {
            put(i, j, weight);
            put(j, i, weight);
        }

        private void put(int from, int to, double weight) {
            if (sizes[from] == neighbours[from].length) {
                neighbours[from] = Arrays.copyOf(neighbours[from], sizes[from] * 2);
                weights[from] = Arrays.copyOf(weights[from], sizes[from] * 2);
            }
            neighbours[from][sizes[from]] = to;
            weights[from][sizes[from]++] = weight;
        }

        SentenceGraph graph() {
            int n = sizes.length;
            int[][] near = new int[n][];
            double[][] w = new double[n][];
            for (int i = 0; i < n; i++) {
                near[i] = Arrays.copyOf(neighbours[i], sizes[i]);
                w[i] = Arrays.copyOf(weights[i], sizes[i]);
            }
            return new SentenceGraph(n, near, w);
        }
    }

    int size() {
        return size;
    }

    /** How many sentences sentence {@code i} is linked to. */
    int degree(int i) {
        return neighbours[i].length;
    }

    /**
     * Weighted PageRank whose random jumps land on sentence i with probability {@code prior[i]}
     * (a personalised PageRank): {@code damping} is the share of the score that flows along
     * edges. A sentence with no edge hands its score back by the prior. Deterministic.
     */
    double[] rank(double[] prior, double damping) {
        double[] score = prior.clone();
        double[] next = new double[size];
        for (int iteration = 0; iteration < 100; iteration++) {
            double dangling = 0;
            for (int i = 0; i < size; i++) {
                if (strength[i] == 0) {
                    dangling += score[i];
                }
            }
            for (int i = 0; i < size; i++) {
                next[i] = (1 - damping + damping * dangling) * prior[i];
            }
            for (int i = 0; i < size; i++) {
                if (strength[i] == 0) {
                    continue;
                }
                double share = damping * score[i] / strength[i];
                int[] near = neighbours[i];
                double[] w = weights[i];
                for (int k = 0; k < near.length; k++) {
                    next[near[k]] += share * w[k];
                }
            }
            double change = 0;
            for (int i = 0; i < size; i++) {
                change += Math.abs(next[i] - score[i]);
            }
            double[] swap = score;
            score = next;
            next = swap;
            if (change < 1e-9) {
                break;
            }
        }
        return score;
    }
}
