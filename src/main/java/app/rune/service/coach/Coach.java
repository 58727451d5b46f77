package app.rune.service.coach;

import java.util.Map;

/** Where services tell the coach what happened, so it can say something about it in the person's tone. */
@FunctionalInterface
public interface Coach {
    /** A coach that says nothing: for the command line and for tests that do not listen. */
    Coach SILENT = (userId, intent, facts) -> { };

    void says(String userId, CoachIntent intent, Map<String, Object> facts);
}
