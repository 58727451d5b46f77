package app.rune.service.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FirstWorkingNotifierTest {
    private final List<String> calls = new ArrayList<>();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger logger = Logger.getLogger(FirstWorkingNotifier.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
    }

    private Notifier route(String name, boolean works) {
        return new Notifier() {
            @Override
            public boolean show(String title, String body, Runnable onOpen) {
                calls.add(name + ": " + body);
                return works;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    @Test
    void triesEachRouteInTurnUntilOneShowsIt() {
        FirstWorkingNotifier notifier = new FirstWorkingNotifier(
                List.of(route("desktop", false), route("tray", true), route("window", true)));

        assertThat(notifier.show("Rune", "2 tasks left", () -> { })).isTrue();
        assertThat(calls).containsExactly("desktop: 2 tasks left", "tray: 2 tasks left");
    }

    @Test
    void aRouteThatThrowsCountsAsNotWorking() {
        Notifier broken = (title, body, onOpen) -> {
            throw new IllegalStateException("no bus");
        };
        FirstWorkingNotifier notifier = new FirstWorkingNotifier(List.of(broken, route("window", true)));

        assertThat(notifier.show("Rune", "hi", () -> { })).isTrue();
        assertThat(calls).containsExactly("window: hi");
    }

    @Test
    void aFailingRouteIsLoggedOnceNotOnEveryReminder() {
        FirstWorkingNotifier notifier = new FirstWorkingNotifier(List.of(route("desktop", false),
                route("window", false)));

        for (int day = 0; day < 5; day++) {
            assertThat(notifier.show("Rune", "day " + day, () -> { })).isFalse();
        }

        assertThat(calls).hasSize(10);
        assertThat(logged).extracting(LogRecord::getMessage)
                .hasSize(2)
                .anySatisfy(message -> assertThat(message).contains("desktop"))
                .anySatisfy(message -> assertThat(message).contains("window"));
    }
}
