package app.rune;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class outside the command line that writes to standard output or error, and says why. Everything
 * else logs (to {@code rune.log}); {@code ArchitectureTest} holds every other class to that.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AllowedToUseStandardStreams {
    /** Why this class must write to a standard stream. */
    String value();
}
