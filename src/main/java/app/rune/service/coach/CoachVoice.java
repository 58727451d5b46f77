package app.rune.service.coach;

import app.rune.model.Formality;
import app.rune.model.MotivationType;
import app.rune.model.RelationshipStage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The coach's words: picks the message for an intent in the person's tone from the bundle
 * {@code app.rune.coach.voice}, fills in the facts and, depending on how well the coach knows the person, adds a
 * note (explanatory while the relationship is {@code new}, warm and personal once it is {@code close}).
 *
 * <p>The bundle's keys and its small template language (named placeholders, plural forms, optional segments)
 * are described at the top of {@code voice.properties}. Settings left null read as {@link VoiceSettings#DEFAULT}'s,
 * and a message missing for a tone falls back to the default tone's, so the coach never goes silent.
 */
public final class CoachVoice {
    private final ResourceBundle words;

    public CoachVoice(ResourceBundle words) {
        this.words = words;
    }

    /** The words for intent in this tone; facts fill the placeholders (names in CoachIntent's javadoc). */
    public String say(CoachIntent intent, VoiceSettings tone, Map<String, Object> facts) {
        Tone t = Tone.of(tone);
        Map<String, ?> known = facts == null ? Map.of() : facts;
        String message = fill(messageKey(intent, t), known);
        return note(intent, t).map(key -> message + " " + fill(key, known)).orElse(message);
    }

    /** The bundle's text for key with its placeholders filled from facts; shared with {@link CoachInsights}. */
    String fill(String key, Map<String, ?> facts) {
        StringBuilder out = new StringBuilder();
        new Template(words.getString(key), facts, words).render(out);
        return out.toString().strip();
    }

    /** The message key for this tone, else the nearest one the bundle has, moving towards the default tone. */
    private String messageKey(CoachIntent intent, Tone tone) {
        VoiceSettings fallback = VoiceSettings.DEFAULT;
        List<String> candidates = new ArrayList<>();
        for (String base : new LinkedHashSet<>(List.of(base(intent, tone.style()), base(intent, fallback.reminderStyle())))) {
            candidates.add(base + "." + code(tone.formality()) + "." + code(tone.motivation()));
            candidates.add(base + "." + code(tone.formality()) + "." + code(fallback.motivation()));
            candidates.add(base + "." + code(fallback.formality()) + "." + code(fallback.motivation()));
        }
        return candidates.stream().filter(words::containsKey).findFirst()
                .orElseThrow(() -> new MissingResourceException("No words for " + intent + " in " + candidates,
                        CoachVoice.class.getName(), candidates.get(0)));
    }

    /** The stage's note for this formality, else the stage's note for every formality, else none. */
    private Optional<String> note(CoachIntent intent, Tone tone) {
        String stageKey = base(intent, tone.style()) + ".stage." + code(tone.stage());
        return Optional.of(stageKey + "." + code(tone.formality())).filter(words::containsKey)
                .or(() -> Optional.of(stageKey).filter(words::containsKey));
    }

    /** Reminders are worded per reminder style too, so their keys carry the style after the intent. */
    private static String base(CoachIntent intent, ReminderStyle style) {
        return intent == CoachIntent.REMINDER ? intent.name() + "." + style.code() : intent.name();
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** VoiceSettings with every null replaced by the default's value. */
    private record Tone(Formality formality, MotivationType motivation, ReminderStyle style,
            RelationshipStage stage) {
        static Tone of(VoiceSettings settings) {
            VoiceSettings d = VoiceSettings.DEFAULT;
            VoiceSettings s = settings == null ? d : settings;
            return new Tone(or(s.formality(), d.formality()), or(s.motivation(), d.motivation()),
                    or(s.reminderStyle(), d.reminderStyle()), or(s.stage(), d.stage()));
        }

        private static <T> T or(T value, T fallback) {
            return value == null ? fallback : value;
        }
    }

    /**
     * One message being filled in, read left to right: {@code {fact}}, {@code {fact:one|other}} or
     * {@code {fact:zero|one|other}} (where {@code #} is the number), and {@code [present|absent]} segments. The
     * grammar is small enough that a hand-written reader is clearer than MessageFormat, and it leaves apostrophes
     * alone.
     */
    private static final class Template {
        private final String text;
        private final Map<String, ?> facts;
        private final ResourceBundle words;
        private int at;

        Template(String text, Map<String, ?> facts, ResourceBundle words) {
            this.text = text;
            this.facts = facts;
            this.words = words;
        }

        /** Renders the whole text. */
        void render(StringBuilder out) {
            at = 0;
            renderUntil(out, null, "");
        }

        /**
         * Renders up to (not past) one of the stop characters at this level, or to the end.
         *
         * @param number the fact whose number a {@code #} stands for, inside plural forms; null elsewhere
         * @return true when every fact used was present, so an optional segment may keep what it wrote
         */
        private boolean renderUntil(StringBuilder out, String number, String stops) {
            boolean complete = true;
            while (at < text.length() && stops.indexOf(text.charAt(at)) < 0) {
                char c = text.charAt(at++);
                if (c == '{') {
                    complete &= placeholder(out);
                } else if (c == '[') {
                    complete &= optional(out, number);
                } else if (c == '#' && number != null) {
                    complete &= value(out, number);
                } else {
                    out.append(c);
                }
            }
            return complete;
        }

        /** {@code [A|B]}: A when all of its facts are there, otherwise B (empty when there is no {@code |B}). */
        private boolean optional(StringBuilder out, String number) {
            int mark = out.length();
            boolean present = renderUntil(out, number, "|]");
            if (present) {
                skipToClosing();
                return true;
            }
            out.setLength(mark);
            boolean otherwise = true;
            if (at < text.length() && text.charAt(at) == '|') {
                at++;
                otherwise = renderUntil(out, number, "]");
            }
            at++; // the closing ]
            return otherwise;
        }

        private boolean placeholder(StringBuilder out) {
            int end = indexOfAny(":}", at);
            String name = text.substring(at, end).strip();
            at = end + 1;
            if (text.charAt(end) == '}') {
                return value(out, name);
            }
            List<Integer> forms = formStarts();
            Object fact = present(name);
            int chosen = chooseForm(number(fact), forms.size());
            at = forms.get(chosen);
            boolean complete = renderUntil(out, name, "|}") && fact != null;
            skipToClosing();
            return complete;
        }

        /** Where each plural form begins; leaves the reader where it was. */
        private List<Integer> formStarts() {
            List<Integer> starts = new ArrayList<>(List.of(at));
            int depth = 0;
            for (int i = at; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '{' || c == '[') {
                    depth++;
                } else if ((c == '}' || c == ']') && depth > 0) {
                    depth--;
                } else if (c == '}') {
                    break;
                } else if (c == '|' && depth == 0) {
                    starts.add(i + 1);
                }
            }
            return starts;
        }

        /** English needs two forms (one, other); a third form in front says "zero" in its own words. */
        private static int chooseForm(Optional<BigDecimal> number, int forms) {
            boolean hasZero = forms >= 3;
            int one = hasZero ? 1 : 0;
            int other = Math.min(forms - 1, one + 1);
            if (number.isEmpty()) {
                return other;
            }
            if (hasZero && number.get().signum() == 0) {
                return 0;
            }
            return number.get().compareTo(BigDecimal.ONE) == 0 ? one : other;
        }

        private boolean value(StringBuilder out, String name) {
            Object fact = present(name);
            if (fact != null) {
                out.append(shown(name, fact));
                return true;
            }
            String absent = words.containsKey("absent." + name) ? words.getString("absent." + name) : "";
            out.append(atSentenceStart(out) ? capitalized(absent) : absent);
            return false;
        }

        /** A fact counts as absent when null or blank. */
        private Object present(String name) {
            Object fact = facts.get(name);
            return fact == null || fact.toString().isBlank() ? null : fact;
        }

        /** Moves past the } or ] that ends the current level, stepping over nested segments and placeholders. */
        private void skipToClosing() {
            int depth = 0;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (depth == 0) {
                        return;
                    }
                    depth--;
                }
            }
        }

        private int indexOfAny(String chars, int from) {
            for (int i = from; i < text.length(); i++) {
                if (chars.indexOf(text.charAt(i)) >= 0) {
                    return i;
                }
            }
            throw new IllegalArgumentException("Unclosed placeholder in: " + text);
        }
    }

    /**
     * Numbers plainly (3, 2.5), whole ones grouped as the screens group them ("a 3,542-day streak" beside the
     * header's), obstacle tags with spaces for underscores, anything else as it is.
     */
    private static String shown(String name, Object fact) {
        Optional<BigDecimal> number = fact instanceof Number ? number(fact) : Optional.empty();
        if (number.isPresent()) {
            BigDecimal plain = number.get().stripTrailingZeros();
            if (plain.scale() <= 0 && plain.abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
                return NumberFormat.getIntegerInstance(Locale.getDefault(Locale.Category.FORMAT)).format(plain);
            }
            return plain.toPlainString();
        }
        String text = fact.toString().strip();
        return "obstacle".equals(name) ? text.replace('_', ' ') : text;
    }

    private static Optional<BigDecimal> number(Object fact) {
        if (fact == null) {
            return Optional.empty();
        }
        if (fact instanceof BigDecimal d) {
            return Optional.of(d);
        }
        if (fact instanceof BigInteger i) {
            return Optional.of(new BigDecimal(i));
        }
        if (fact instanceof Double || fact instanceof Float) {
            double d = ((Number) fact).doubleValue();
            return Double.isFinite(d) ? Optional.of(BigDecimal.valueOf(d)) : Optional.empty();
        }
        if (fact instanceof Number n) {
            return Optional.of(BigDecimal.valueOf(n.longValue()));
        }
        try {
            return Optional.of(new BigDecimal(fact.toString().strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static boolean atSentenceStart(StringBuilder out) {
        int i = out.length() - 1;
        while (i >= 0 && out.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".!?".indexOf(out.charAt(i)) >= 0;
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
