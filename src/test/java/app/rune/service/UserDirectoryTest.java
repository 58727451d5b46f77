package app.rune.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import app.rune.model.ConversationPhase;
import app.rune.model.Formality;
import app.rune.model.RelationshipStage;
import app.rune.model.UserPreferences;
import app.rune.model.validation.StoredText;
import app.rune.service.user.UserChoiceException;
import app.rune.service.user.UserDirectory;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDirectoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"), ZoneId.of("Asia/Bangkok"));

    @TempDir
    Path temp;

    private Store open() throws Exception {
        return Store.open(DataFolder.open(temp.resolve("data")), TestData.json());
    }

    @Test
    void theOnlyUserIsChosenWithoutAsking() throws Exception {
        try (Store store = open()) {
            store.userPreferences().save(new UserPreferences("ana", null, null, null));

            assertThat(new UserDirectory(store, CLOCK).choose(null)).isEqualTo("ana");
        }
    }

    @Test
    void severalUsersNeedAChoiceAndTheMessageListsThem() throws Exception {
        try (Store store = open()) {
            store.userPreferences().save(new UserPreferences("ana", null, null, null));
            store.userPreferences().save(new UserPreferences("bo", null, null, null));
            UserDirectory users = new UserDirectory(store, CLOCK);

            assertThatThrownBy(() -> users.choose(null)).isInstanceOf(UserChoiceException.class)
                    .hasMessageContaining("several users").hasMessageContaining("ana, bo")
                    .hasMessageContaining("--user ID");
            assertThat(users.choose("bo")).isEqualTo("bo");
            assertThatThrownBy(() -> users.choose("cy")).hasMessageContaining("no user \"cy\"")
                    .hasMessageContaining("ana, bo");
        }
    }

    @Test
    void anEmptyFolderSaysHowToStart() throws Exception {
        try (Store store = open()) {
            assertThatThrownBy(() -> new UserDirectory(store, CLOCK).choose(null))
                    .hasMessageContaining("no users").hasMessageContaining("rune import FILE");
        }
    }

    @Test
    void theFirstUserIsNamedAfterTheLoginAndGetsDefaults() throws Exception {
        try (Store store = open()) {
            UserDirectory users = new UserDirectory(store, CLOCK);
            String id = UserDirectory.idFromLoginName("  ana ");

            users.ensureUser(id);
            users.ensureUser(id);

            assertThat(store.userIds()).containsExactly("ana");
            UserPreferences preferences = store.userPreferences().findById("ana").orElseThrow();
            assertThat(preferences.communicationStyle().formality()).isEqualTo(Formality.FRIENDLY);
            assertThat(preferences.communicationStyle().timezone().text()).isEqualTo("Asia/Bangkok");
            assertThat(preferences.goalPatterns().maxDailyTasks()).isEqualTo(3);
            var conversation = store.conversationContext().findById("ana").orElseThrow();
            assertThat(conversation.currentConversationPhase()).isEqualTo(ConversationPhase.GOAL_SETTING);
            assertThat(conversation.relationshipStage()).isEqualTo(RelationshipStage.NEW);
            assertThat(conversation.lastInteraction()).isEqualTo(Instant.parse("2025-07-01T09:00:00Z"));
            assertThat(store.readAll().size()).isEqualTo(2);
        }
    }

    @Test
    void aBlankLoginNameFallsBack() {
        assertThat(UserDirectory.idFromLoginName("")).isEqualTo(UserDirectory.FALLBACK_USER_ID);
        assertThat(UserDirectory.idFromLoginName(null)).isEqualTo(UserDirectory.FALLBACK_USER_ID);
        assertThat(List.of(UserDirectory.idFromLoginName("bo"))).containsExactly("bo");
    }

    @Test
    void aLoginNameBecomesAnIdThatCanBeStoredRestoredAndTyped() {
        // Control characters could not be typed back after --user, nor shown as they are.
        assertThat(UserDirectory.idFromLoginName("b\u001B]0;x\u0007o\u0000")).isEqualTo("b]0;xo");
        assertThat(UserDirectory.idFromLoginName("\u001B\u0007 ")).isEqualTo(UserDirectory.FALLBACK_USER_ID);
        assertThat(UserDirectory.idFromLoginName("a".repeat(StoredText.MAX_TEXT_LENGTH + 1)))
                .isEqualTo(UserDirectory.FALLBACK_USER_ID);
        assertThat(UserDirectory.idFromLoginName("\u00e9mile \ud83d\ude00")).isEqualTo("\u00e9mile \ud83d\ude00");
    }
}
