package dev.whosaid.cli;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A load generator's HTTP/1.1 client: one kept-alive connection, one GET at a time, blocking, nothing else
 * (like wrk). The benchmark's clients share the machine's cores with the server; the JDK's client, with its
 * asynchronous machinery, spends about as much CPU per request as the server does on a small search, so it
 * would measure itself as much as the server.
 */
final class PlainHttpClient implements Closeable {

    /** A response: status and body. */
    record Response(int status, String body) {}

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String host;

    PlainHttpClient(String host, int port) throws IOException {
        this.socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        this.in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        this.out = socket.getOutputStream();
        this.host = host;
    }

    /** GETs {@code target} (path and query, already encoded) and reads the whole response. */
    Response get(String target) throws IOException {
        out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        String status = line();
        int length = -1;
        boolean chunked = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String h = header.toLowerCase(Locale.ROOT);
            if (h.startsWith("content-length:")) {
                length = Integer.parseInt(h.substring("content-length:".length()).strip());
            } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
                chunked = true;
            }
        }
        byte[] body = chunked ? chunks() : in.readNBytes(Math.max(0, length));
        return new Response(Integer.parseInt(status.split(" ")[1]), new String(body, StandardCharsets.UTF_8));
    }

    private byte[] chunks() throws IOException {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (int size = Integer.parseInt(line().strip(), 16); size > 0; size = Integer.parseInt(line().strip(), 16)) {
            body.write(in.readNBytes(size));
            line();
        }
        line();
        return body.toByteArray();
    }

    private String line() throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the server closed the connection mid-response");
            }
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
