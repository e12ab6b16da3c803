package dev.whosaid.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.whosaid.index.ArticleRef;
import dev.whosaid.index.FacetCount;
import dev.whosaid.query.QuoteView;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The records every search answer holds by the dozen (its hits, their articles, the facet counts), written
 * field by field. Jackson's bean serializer reads each record component through reflection and a property
 * writer: about half of the JSON's cost, and a twentieth of a search's CPU over HTTP. The output is the
 * bean serializer's to the byte (names in component order, nulls written, dates as ISO strings); a test
 * holds the two side by side, so a component added to a record and not here fails it.
 */
final class HitJson {

    private HitJson() {}

    static SimpleModule module() {
        return new SimpleModule("whosaid-hits")
                .addSerializer(QuoteView.class, new StdSerializer<>(QuoteView.class) {
                    @Override
                    public void serialize(QuoteView q, JsonGenerator g, SerializerProvider provider) throws IOException {
                        g.writeStartObject();
                        g.writeStringField("id", q.id());
                        g.writeStringField("text", q.text());
                        g.writeFieldName("highlight");
                        if (q.highlight() == null) {
                            g.writeNull();
                        } else {
                            g.writeStartArray();
                            for (int[] range : q.highlight()) {
                                g.writeArray(range, 0, range.length);
                            }
                            g.writeEndArray();
                        }
                        g.writeStringField("speaker", q.speaker());
                        g.writeStringField("speakerKind", q.speakerKind());
                        g.writeStringField("role", q.role());
                        writeDate(g, "date", q.date());
                        g.writeStringField("kind", q.kind());
                        g.writeStringField("cue", q.cue());
                        g.writeNumberField("confidence", q.confidence());
                        g.writeStringField("context", q.context());
                        g.writeNumberField("start", q.start());
                        g.writeNumberField("end", q.end());
                        g.writeFieldName("article");
                        writeArticle(g, q.article());
                        g.writeFieldName("alsoReportedBy");
                        writeArticles(g, q.alsoReportedBy());
                        g.writeEndObject();
                    }
                })
                .addSerializer(ArticleRef.class, new StdSerializer<>(ArticleRef.class) {
                    @Override
                    public void serialize(ArticleRef a, JsonGenerator g, SerializerProvider provider) throws IOException {
                        writeArticle(g, a);
                    }
                })
                .addSerializer(FacetCount.class, new StdSerializer<>(FacetCount.class) {
                    @Override
                    public void serialize(FacetCount f, JsonGenerator g, SerializerProvider provider) throws IOException {
                        g.writeStartObject();
                        g.writeStringField("value", f.value());
                        g.writeNumberField("count", f.count());
                        g.writeEndObject();
                    }
                });
    }

    private static void writeArticles(JsonGenerator g, List<ArticleRef> articles) throws IOException {
        if (articles == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (ArticleRef a : articles) {
            writeArticle(g, a);
        }
        g.writeEndArray();
    }

    private static void writeArticle(JsonGenerator g, ArticleRef a) throws IOException {
        if (a == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("title", a.title());
        g.writeStringField("source", a.source());
        g.writeStringField("url", a.url());
        writeDate(g, "date", a.date());
        g.writeEndObject();
    }

    /** As the Java time module writes a date with timestamps off: ISO "2018-07-07". */
    private static void writeDate(JsonGenerator g, String name, LocalDate date) throws IOException {
        g.writeStringField(name, date == null ? null : date.toString());
    }
}
