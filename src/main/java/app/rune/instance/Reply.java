package app.rune.instance;

/** The running Rune's answer: what the command printed and its exit status, as if it had run on its own. */
public record Reply(int status, String out, String err) {

    public Reply {
        out = out == null ? "" : out;
        err = err == null ? "" : err;
    }
}
