package dev.whosaid.server;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AdmissionTest {

    @Test
    void neverRunsMoreWorkAtOnceThanItsLimit() throws Exception {
        Admission admission = new Admission(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch allWaiting = new CountDownLatch(8);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                done.add(pool.submit(() -> {
                    allWaiting.countDown();
                    allWaiting.await();
                    admission.run(() -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        Thread.sleep(20);
                        running.decrementAndGet();
                    });
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(10, TimeUnit.SECONDS);
            }
        }
        assertEquals(2, most.get());
    }

    @Test
    void waitersAreLetInInTheOrderTheyCame() throws Exception {
        Admission admission = new Admission(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        List<Integer> order = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(5)) {
            pool.submit(() -> {
                admission.run(() -> {
                    holding.countDown();
                    release.await();
                });
                return null;
            });
            holding.await();
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int arrival = i;
                done.add(pool.submit(() -> {
                    admission.run(() -> order.add(arrival));
                    return null;
                }));
                while (admission.waiting() < arrival + 1) {
                    Thread.sleep(1);   // each one queued before the next arrives
                }
            }
            release.countDown();
            for (Future<?> f : done) {
                f.get(10, TimeUnit.SECONDS);
            }
        }
        assertEquals(List.of(0, 1, 2, 3), order);
    }

    @Test
    void failingWorkGivesItsTurnBack() throws Exception {
        Admission admission = new Admission(1);
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> admission.run(() -> { throw new IllegalStateException("broken search"); }));
        assertEquals("broken search", thrown.getMessage());
        AtomicInteger ran = new AtomicInteger();
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            pool.submit(() -> {
                admission.run(ran::incrementAndGet);
                return null;
            }).get(5, TimeUnit.SECONDS);
        }
        assertEquals(1, ran.get());
    }

    @Test
    void aLimitBelowOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Admission(0));
        assertTrue(e.getMessage().contains("not 0"), e.getMessage());
    }
}
