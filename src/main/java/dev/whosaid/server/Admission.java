package dev.whosaid.server;

import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;

/**
 * Lets at most one search per core run at a time, the others waiting in arrival order. Searches are
 * CPU-bound: run all at once, the cores are shared among them and every search takes as many times longer
 * as there are searches running, a heavy one most of all; queued first come first served, each waits about
 * as long as the others and then runs at full speed, so the slowest answers come much sooner (and fewer
 * half-done searches hold their garbage at once). Only the work is gated: the page, static files and the
 * health check never wait behind searches.
 */
final class Admission {

    private final Semaphore running;
    private final int limit;

    Admission(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("at least one search must be able to run, not " + limit);
        }
        this.limit = limit;
        this.running = new Semaphore(limit, true);
    }

    /** One search per available processor. */
    static Admission perCore() {
        return new Admission(Runtime.getRuntime().availableProcessors());
    }

    int limit() {
        return limit;
    }

    /** How many are waiting for a turn now (an estimate while threads come and go). */
    int waiting() {
        return running.getQueueLength();
    }

    /** {@code handler}, run once it is admitted. */
    Handler gate(Handler handler) {
        return ctx -> run(() -> handler.handle(ctx));
    }

    /** Waits for a turn (behind those who came earlier), does {@code work} and gives the turn back. */
    void run(Work work) throws Exception {
        running.acquire();
        try {
            work.run();
        } finally {
            running.release();
        }
    }

    /** Work that may fail, as a handler may. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }
}
