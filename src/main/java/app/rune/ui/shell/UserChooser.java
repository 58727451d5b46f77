package app.rune.ui.shell;

import app.rune.service.user.UserDirectory;
import app.rune.ui.common.Dialogs;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/** Asks whose Rune this is, when the data folder holds several people's documents (after an import). */
public final class UserChooser {
    private UserChooser() {
    }

    /**
     * Whose window to open: the only person; else the one chosen last time; else asks, offering the person named
     * like the login first. Empty when the person closed the question.
     */
    static Optional<String> whoseWindow(List<String> users, Optional<String> lastChosen, String loginName,
            ResourceBundle text, Window owner) {
        if (users.size() == 1) {
            return Optional.of(users.get(0));
        }
        Optional<String> remembered = lastChosen.filter(users::contains);
        if (remembered.isPresent()) {
            return remembered;
        }
        String login = UserDirectory.idFromLoginName(loginName);
        return choose(text, users, users.contains(login) ? login : null, owner);
    }

    public static Optional<String> choose(ResourceBundle text, List<String> users, String current, Window owner) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(current != null ? current : users.get(0), users);
        dialog.initOwner(owner);
        dialog.setTitle(text.getString("user.choose.title"));
        dialog.setHeaderText(text.getString("user.choose.header"));
        dialog.setContentText(text.getString("user.choose.content"));
        dialog.setGraphic(null);
        return Dialogs.styled(dialog).showAndWait();
    }
}
