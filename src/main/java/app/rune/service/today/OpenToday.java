package app.rune.service.today;

import java.time.LocalDate;
import java.util.List;

/**
 * The light answer a reminder needs: is anything still open today. Tasks skipped with a reason are settled, not
 * open.
 *
 * @param openTitles the titles of today's tasks neither done nor skipped, most important first
 */
public record OpenToday(LocalDate date, int planned, List<String> openTitles, boolean checkedIn, boolean restDay) {
    public OpenToday {
        openTitles = List.copyOf(openTitles);
    }

    public int settled() {
        return planned - openTitles.size();
    }
}
