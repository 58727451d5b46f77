package app.rune.ui;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.fail;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
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

    /**
     * Scrolls every scroll pane around {@code node} until the node lies in its viewport, and waits until it does.
     * A robot's wheel scroll is not enough: on a busy machine it can land before the page has its final height.
     */
    public static void scrollIntoView(Node node) {
        await("the node scrolled into view", () -> {
            for (Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof ScrollPane pane && pane.getContent() != null) {
                    pane.applyCss();
                    pane.layout();
                    Node content = pane.getContent();
                    Bounds inContent = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
                    double hidden = content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
                    if (hidden > 0) {
                        double top = Math.max(0, Math.min(hidden, inContent.getMinY() - 24));
                        pane.setVvalue(pane.getVmin() + (pane.getVmax() - pane.getVmin()) * top / hidden);
                        pane.layout();
                    }
                }
            }
            Bounds onScene = node.localToScene(node.getLayoutBounds());
            Bounds scene = new BoundingBox(0, 0, node.getScene().getWidth(), node.getScene().getHeight());
            return scene.contains(onScene.getMinX(), onScene.getMinY())
                    && scene.contains(onScene.getMaxX() - 1, onScene.getMaxY() - 1);
        });
    }
}
