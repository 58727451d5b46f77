package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.ConversationContext;
import app.rune.model.ConversationMessage;
import app.rune.model.ConversationPhase;
import app.rune.model.MessageAuthor;
import app.rune.model.RelationshipStage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reminder's thread and the app's worker both add to the conversation: neither may lose the other's words. */
class ConcurrentUpdateTest {
    @TempDir
    Path temp;

    @Test
    void updatesFromSeveralThreadsAreAllKept() throws Exception {
        try (Store store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json())) {
            DocumentRepository<ConversationContext> conversations = store.conversationContext();
            ExecutorService writers = Executors.newFixedThreadPool(4);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < 4; writer++) {
                String name = "writer " + writer;
                done.add(writers.submit(() -> {
                    go.await();
                    for (int i = 0; i < 25; i++) {
                        String text = name + " #" + i;
                        conversations.update("ana", () -> new ConversationContext("ana",
                                ConversationPhase.GOAL_SETTING, List.of(), null, 0, RelationshipStage.NEW, List.of()),
                                current -> {
                                    List<ConversationMessage> messages = new ArrayList<>(current.recentMessages());
                                    messages.add(new ConversationMessage(MessageAuthor.COACH, "test", text, null));
                                    return new ConversationContext("ana", current.currentConversationPhase(),
                                            current.pendingActions(), null, current.interactionCount() + 1,
                                            current.relationshipStage(), messages);
                                });
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> writer : done) {
                writer.get();
            }
            writers.shutdown();

            ConversationContext stored = conversations.findById("ana").orElseThrow();
            assertThat(stored.recentMessages()).hasSize(100);
            assertThat(stored.interactionCount()).isEqualTo(100);
        }
    }
}
