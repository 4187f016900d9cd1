package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.analysis.Language;
import dev.lectern.doc.Document;
import dev.lectern.doc.Metadata;
import dev.lectern.doc.Paragraph;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {
    private static String print(Metadata metadata) {
        Document document = new Document("Library stays open", List.of(new Paragraph(1, "The council met.", null)),
                Language.ENGLISH, null, List.of(), metadata);
        StringWriter out = new StringWriter();
        PlainText.print(document, 80, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void creditsAreTheLineUnderTheTitle() {
        Metadata metadata = new Metadata("Ann Reporter", "Town Gazette", "2026-12-04", "en", null, null);

        assertThat(print(metadata).lines().toList())
                .containsExactly("Library stays open", "Ann Reporter · Town Gazette · 2026-12-04", "", "The council met.", "");
    }

    @Test
    void withoutCreditsTheTitleStandsAlone() {
        assertThat(print(Metadata.NONE).lines().toList()).containsExactly("Library stays open", "", "The council met.", "");
        Metadata onlyAddress = new Metadata(null, null, null, "en", null, "https://example.org/a");
        assertThat(print(onlyAddress).lines().toList()).containsExactly("Library stays open", "", "The council met.", "");
    }
}
