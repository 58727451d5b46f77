package app.rune.support.fuzz;

/** A valid input the fuzzer starts from; every case is one of these with something broken. */
public record BaseFile(String name, byte[] content) {
}
