package app.rune;

import app.rune.model.DataSet;
import app.rune.model.json.RuneJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The seed's example documents (../seed/collections.md), as a file in the export format. */
public final class TestData {
    public static final String SEED_RESOURCE = "/seed/seed-example.json";

    private TestData() {
    }

    public static ObjectMapper json() {
        return RuneJson.newMapper();
    }

    public static JsonNode seedTree() {
        try (InputStream in = TestData.class.getResourceAsStream(SEED_RESOURCE)) {
            return json().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DataSet seed() {
        try {
            return json().treeToValue(seedTree(), DataSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
