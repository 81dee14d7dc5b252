package org.microblog.cli;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws members by a Zipf-like law: the member of rank r is picked with weight 1 / r^s, so a
 * few are very popular (or very active) and most are not, as on a real site. Ranks are
 * dealt to members by a seeded shuffle, so the busiest member is not always {@code user1}.
 */
final class Zipf {

    private final double[] cumulative;
    private final int[] memberOfRank;

    Zipf(int members, double exponent, SplittableRandom random) {
        cumulative = new double[members];
        double sum = 0;
        for (int rank = 0; rank < members; rank++) {
            sum += 1 / Math.pow(rank + 1, exponent);
            cumulative[rank] = sum;
        }
        memberOfRank = shuffled(members, random);
    }

    /** A member index in {@code [0, members)}. */
    int draw(SplittableRandom random) {
        double point = random.nextDouble() * cumulative[cumulative.length - 1];
        int rank = Arrays.binarySearch(cumulative, point);
        rank = rank >= 0 ? rank : Math.min(-rank - 1, cumulative.length - 1);
        return memberOfRank[rank];
    }

    /** Each member's share of the draws, indexed by member. */
    double[] weights() {
        double total = cumulative[cumulative.length - 1];
        double[] weights = new double[cumulative.length];
        for (int rank = 0; rank < cumulative.length; rank++) {
            double weight = cumulative[rank] - (rank == 0 ? 0 : cumulative[rank - 1]);
            weights[memberOfRank[rank]] = weight / total;
        }
        return weights;
    }

    private static int[] shuffled(int members, SplittableRandom random) {
        int[] order = new int[members];
        for (int i = 0; i < members; i++) {
            order[i] = i;
        }
        for (int i = members - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
