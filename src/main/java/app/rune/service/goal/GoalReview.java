package app.rune.service.goal;

import java.time.LocalDate;
import java.util.List;

/**
 * The coach's review of a wish: what kind of goal it is, a finding for each {@link Criterion} (in that order),
 * and a proposed wording with a target date and a description of what reaching it looks like, all of which the
 * person may edit before accepting.
 */
public record GoalReview(
        String original,
        GoalKind kind,
        List<Finding> findings,
        String proposedWording,
        String proposedDescription,
        LocalDate proposedTargetDate) {

    public GoalReview {
        findings = List.copyOf(findings);
    }

    public boolean allMet() {
        return findings.stream().allMatch(Finding::met);
    }

    public Finding finding(Criterion criterion) {
        return findings.stream().filter(f -> f.criterion() == criterion).findFirst().orElseThrow();
    }
}
