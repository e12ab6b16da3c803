package dev.whosaid.server;

import dev.whosaid.query.QuoteView;
import java.util.List;

/** Exported quotations as CSV (RFC 4180 quoting), header {@code id,speaker,role,date,kind,text,source,title,url}. */
final class Csv {

    private Csv() {}

    static String of(List<QuoteView> quotes) {
        StringBuilder out = new StringBuilder("id,speaker,role,date,kind,text,source,title,url\r\n");
        for (QuoteView q : quotes) {
            row(out, q.id(), q.speaker(), q.role(), q.date() == null ? null : q.date().toString(), q.kind(), q.text(),
                    q.article().source(), q.article().title(), q.article().url());
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            out.append(i == 0 ? "" : ",").append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    /** Quoted when needed; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value.matches("(?s)^[=+\\-@].*") ? "'" + value : value;
        return v.matches("(?s).*[\",\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
