package app.rune.service.reminder;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tries the routes in order until one shows the notification. A route that fails is logged once, the first
 * time, not on every reminder.
 */
public final class FirstWorkingNotifier implements Notifier {
    private static final Logger LOG = System.getLogger(FirstWorkingNotifier.class.getName());

    private final List<Notifier> routes;
    private final Set<Notifier> reported = ConcurrentHashMap.newKeySet();

    public FirstWorkingNotifier(List<Notifier> routes) {
        this.routes = List.copyOf(routes);
    }

    @Override
    public boolean show(String title, String body, Runnable onOpen) {
        for (Notifier route : routes) {
            boolean shown;
            try {
                shown = route.show(title, body, onOpen);
            } catch (RuntimeException e) {
                shown = false;
                if (reported.add(route)) {
                    LOG.log(Level.WARNING, "Notifications through " + route + " failed", e);
                }
            }
            if (shown) {
                return true;
            }
            if (reported.add(route)) {
                LOG.log(Level.WARNING, "Notifications through " + route + " are not available; trying the next way");
            }
        }
        return false;
    }
}
