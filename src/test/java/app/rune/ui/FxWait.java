package app.rune.ui;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.fail;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import org.testfx.util.WaitForAsyncUtils;

/** Reading and waiting on the FX thread for UI tests, so a test never sees the scene half-changed. */
public final class FxWait {
    public static final long WAIT_SECONDS = 10;

    private FxWait() {
    }

    /** Reads the scene on the FX thread. */
    public static <T> T fx(Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(WAIT_SECONDS * 1000, read);
    }

    /** Waits for {@code condition}, checked on the FX thread; fails the test if it does not come true in time. */
    public static void await(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            fail("Waited " + WAIT_SECONDS + " s for " + what + " in vain");
        }
    }

    /** In a showing window, and neither it nor any parent hidden. Call on the FX thread. */
    public static boolean visible(Optional<Node> found) {
        if (found.isEmpty()) {
            return false;
        }
        Node node = found.get();
        if (node.getScene() == null || node.getScene().getWindow() == null
                || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
