package app.rune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.ExitStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rune check --amount} and what {@code rune today} shows of amounts and flexible tasks. */
class MeasuredCheckTest {
    private static final String PLAN = """
            {"user_goals": [{"_id": "ana", "long_term_goal": {"title": "Read more", "status": "active"},
               "daily_tasks": [
                 {"id": "read", "title": "Read", "priority": 1, "created_at": "2020-01-01T00:00:00Z",
                  "target": {"amount": 20, "unit": "pages", "kind": "at_least"}},
                 {"id": "walk", "title": "Walk", "priority": 2, "created_at": "2020-01-01T00:00:00Z"},
                 {"id": "call", "title": "Call family", "priority": 3, "created_at": "2020-01-01T00:00:00Z",
                  "schedule": {"every": "month", "times": 4}}],
               "goal_refinement_history": []}]}""";

    @TempDir
    Path temp;

    private CommandLineRunner rune;
    private String data;

    @BeforeEach
    void setUp() throws Exception {
        data = temp.resolve("data").toString();
        rune = new CommandLineRunner(temp.resolve("home"), Map.of());
        Path plan = temp.resolve("plan.json");
        Files.writeString(plan, PLAN);
        assertThat(rune.run("--data-dir", data, "import", plan.toString()).status()).isZero();
    }

    @Test
    void anAmountShortOfTheTargetIsRecordedAndShown() {
        CommandLineRunner.Run run = rune.run("--data-dir", data, "check", "read", "--amount", "12.5");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("[ ] read     Read \u00b7 12.5 / 20 pages");
        assertThat(rune.run("--data-dir", data, "export").out()).contains("\"amount\" : 12.5");
    }

    @Test
    void aCheckWithoutAnAmountRecordsTheTarget() {
        CommandLineRunner.Run run = rune.run("--data-dir", data, "check", "read");

        assertThat(run.out()).contains("[x] read     Read \u00b7 20 / 20 pages");
    }

    @Test
    void todayShowsTheMonthsTasksUnderTheirOwnHeading() {
        CommandLineRunner.Run run = rune.run("--data-dir", data, "check", "call");

        assertThat(run.out()).containsSubsequence("1. [ ] read", "2. [ ] walk", "This week and month",
                "3. [x] call     Call family \u00b7 1 of 4 this month");
    }

    @Test
    void aWrongAmountExitsTwoAndChangesNothing() {
        String before = rune.run("--data-dir", data, "export").out();

        CommandLineRunner.Run yesNo = rune.run("--data-dir", data, "check", "walk", "--amount", "3");
        CommandLineRunner.Run exponent = rune.run("--data-dir", data, "check", "read", "--amount", "1e3");
        CommandLineRunner.Run decimals = rune.run("--data-dir", data, "check", "read", "--amount", "2.0001");

        assertThat(yesNo.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(yesNo.err()).contains("\"walk\" is a yes/no task");
        assertThat(exponent.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(exponent.err()).contains("\"1e3\" is not an amount");
        assertThat(decimals.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(decimals.err()).contains("2.0001 has more than 3 decimals").doesNotContain("Exception");
        assertThat(rune.run("--data-dir", data, "export").out()).isEqualTo(before);
    }
}
