package app.rune.service.user;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.model.UserPreferences;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which zone a data folder shared by several people names its backups in. */
class UserZoneTest {
    private static final ZoneId COMPUTER = ZoneId.of("Europe/Lisbon");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T20:00:00Z"), COMPUTER);

    private static Optional<UserPreferences> livingIn(String user, String zone) {
        return Optional.of(NewUserDefaults.preferences(user, ZoneId.of(zone)));
    }

    @Test
    void theOnlyPersonsZoneIsTheFolders() {
        // A zone written "UTC+7" reads as the offset +07:00.
        assertThat(UserZone.shared(List.of(livingIn("ana", "UTC+7")), CLOCK)).isEqualTo(ZoneOffset.ofHours(7));
    }

    @Test
    void peopleWhoLiveInOneZoneShareIt() {
        assertThat(UserZone.shared(List.of(livingIn("ana", "Asia/Bangkok"), livingIn("bo", "Asia/Bangkok")), CLOCK))
                .isEqualTo(ZoneId.of("Asia/Bangkok"));
    }

    @Test
    void peopleInDifferentZonesShareTheComputers() {
        assertThat(UserZone.shared(List.of(livingIn("ana", "Asia/Bangkok"), livingIn("bo", "America/Chicago")), CLOCK))
                .isEqualTo(COMPUTER);
    }

    @Test
    void noOneYetOrSomeoneWithoutAZoneMeansTheComputers() {
        assertThat(UserZone.shared(List.of(), CLOCK)).isEqualTo(COMPUTER);
        assertThat(UserZone.shared(List.of(Optional.empty()), CLOCK)).isEqualTo(COMPUTER);
        // Bo has no zone of their own, so theirs is the computer's, which is not Ana's.
        assertThat(UserZone.shared(List.of(livingIn("ana", "UTC+7"), Optional.empty()), CLOCK)).isEqualTo(COMPUTER);
    }
}
