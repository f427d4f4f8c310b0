package org.acredita.commission.continued;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which standards a year's remote file review samples, so that the reviews of an award's four years together cover
 * every applicable standard: each year takes an equal share of the standards not yet covered in this award
 * (year 1 a quarter, year 2 a third of what is left, year 3 half, year 4 all the rest), spread evenly over them in
 * number order so every chapter is reached each year. Standards a review takes in anyway (time-sensitive, failed
 * earlier) count as covered once reviewed.
 */
public final class ReviewSampling {

    public static final int REVIEW_YEARS = 4;

    private ReviewSampling() {
    }

    /**
     * @param applicable the file's applicable standards, in number order
     * @param covered the standards already in the scope of this award's earlier reviews
     * @param year the award's year (1–4) the review belongs to
     */
    public static List<String> sample(List<String> applicable, Collection<String> covered, int year) {
        if (year < 1 || year > REVIEW_YEARS) {
            throw new IllegalArgumentException("year " + year);
        }
        Set<String> done = Set.copyOf(covered);
        List<String> left = applicable.stream().filter(number -> !done.contains(number)).toList();
        int yearsLeft = REVIEW_YEARS - year + 1;
        int take = (left.size() + yearsLeft - 1) / yearsLeft;
        List<String> chosen = new ArrayList<>(take);
        for (int i = 0; i < take; i++) {
            chosen.add(left.get((int) ((long) i * left.size() / take)));
        }
        return List.copyOf(chosen);
    }
}
