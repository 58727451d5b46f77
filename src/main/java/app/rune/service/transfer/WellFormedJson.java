package app.rune.service.transfer;

import app.rune.model.validation.Problems;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.List;

/**
 * The checks of an import file that need nothing stored: a regular file within the size limit, not empty, and one
 * well-formed JSON value within the parser's limits. The command line makes them before it opens (or creates) the
 * data folder, so a file that is not JSON is refused as bad input (status 2) even where the folder could not be
 * made, and leaves nothing behind; the import itself reads the file again with every other check.
 */
public final class WellFormedJson {
    /** Jackson's core parser alone, with the import's limits: no mapper to build for a check that binds nothing. */
    private static final JsonFactory FACTORY = ImportReader.limited(new JsonFactory());

    private WellFormedJson() {
    }

    /**
     * Checks {@code content} (read with {@link ImportReader#readFile}, which refuses what is not a regular file or is
     * too large; the import then takes the same bytes, {@link ImportService#importContent}).
     *
     * @param source the file's name, for messages
     * @throws InvalidImportException saying what is wrong and where, as the import would
     */
    public static void require(String source, byte[] content) throws InvalidImportException {
        ImportReader.refuseBlank(source, content);
        try (JsonParser parser = FACTORY.createParser(content)) {
            try {
                if (parser.nextToken() != null) {
                    readValue(parser);
                }
                if (parser.nextToken() != null) {
                    throw new InvalidImportException(source, List.of(JsonSyntaxProblems.moreFollows(parser)));
                }
            } catch (StreamConstraintsException e) {
                throw new InvalidImportException(source, List.of(new JsonSyntaxProblems(FACTORY)
                        .beyondLimit(e, parser, content)));
            } catch (JsonProcessingException e) {
                throw new InvalidImportException(source, List.of(JsonSyntaxProblems.syntaxError(e, parser)));
            }
        } catch (IOException e) {
            throw ImportReader.whole(source, "cannot be read: " + Problems.printable(String.valueOf(e.getMessage())));
        }
    }

    /** Reads the value the parser is at to its end: the parser says where a file stops being JSON. */
    private static void readValue(JsonParser parser) throws IOException {
        int depth = 0;
        JsonToken token = parser.currentToken();
        while (token != null) {
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            } else if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                // Decoded as the import decodes it: an escape or a byte that is wrong inside a text is found.
                parser.getTextLength();
            }
            if (depth == 0) {
                return;
            }
            token = parser.nextToken();
        }
    }
}
