package dev.lectern.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentences as the nodes of a graph whose edges weigh how much two sentences share: the cosine
 * of their tf-idf vectors over stemmed, stop-word-free terms (as LexRank). Built through an
 * inverted index, so only sentences that share a term are compared; in a long text, terms found
 * in more than one sentence in twenty (and in more than 50) are left out of the comparison, as
 * they say little about what a sentence is about and would make it quadratic.
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
    static SentenceGraph of(List<Map<String, Double>> vectors) {
        int n = vectors.size();
        int maxDf = Math.max(50, n / 20);
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String term : vectors.get(i).keySet()) {
                postings.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
        }
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (double w : vectors.get(i).values()) {
                sum += w * w;
            }
            norms[i] = Math.sqrt(sum);
        }
        List<Map<Integer, Double>> edges = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            edges.add(new HashMap<>());
        }
        for (int i = 0; i < n; i++) {
            for (Map.Entry<String, Double> entry : vectors.get(i).entrySet()) {
                List<Integer> posting = postings.get(entry.getKey());
                if (posting.size() > maxDf) {
                    continue;
                }
                for (int j : posting) {
                    if (j > i) {
                        double w = entry.getValue() * vectors.get(j).get(entry.getKey());
                        edges.get(i).merge(j, w, Double::sum);
                    }
                }
            }
        }
        int[][] neighbours = new int[n][];
        double[][] weights = new double[n][];
        List<List<Integer>> adjacency = new ArrayList<>(n);
        List<List<Double>> adjacencyWeights = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            adjacency.add(new ArrayList<>());
            adjacencyWeights.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (Map.Entry<Integer, Double> edge : edges.get(i).entrySet()) {
                int j = edge.getKey();
                double cosine = edge.getValue() / (norms[i] * norms[j]);
                adjacency.get(i).add(j);
                adjacencyWeights.get(i).add(cosine);
                adjacency.get(j).add(i);
                adjacencyWeights.get(j).add(cosine);
            }
        }
        for (int i = 0; i < n; i++) {
            neighbours[i] = adjacency.get(i).stream().mapToInt(Integer::intValue).toArray();
            weights[i] = adjacencyWeights.get(i).stream().mapToDouble(Double::doubleValue).toArray();
        }
        return new SentenceGraph(n, neighbours, weights);
    }

    int size() {
        return size;
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
