package id.sopflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * One measured round on one engine: {@code instances} cases of {@link SopShapedModel} started and completed step by
 * step through the Java API by {@code threads} threads, as Tasklist's completions reach the engine (one command per
 * start and per completion). Every case ends: the figure counts whole cases, not half-done ones.
 */
final class EngineRound {

    /** {@code cpuNanos}: CPU time of the calling threads (the engine's work in this JVM, not the database's). */
    record Result(int instances, int threads, long nanos, long cpuNanos) {
        double perSecond() {
            return instances / (nanos / 1e9);
        }

        /** CPU milliseconds of the engine's JVM per case: unlike the rate, hardly moved by other load. */
        double cpuMillisPerCase() {
            return cpuNanos / 1e6 / instances;
        }
    }

    private EngineRound() {
    }

    static Result run(ProcessEngine engine, String tenant, int instances, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong cpu = new AtomicLong();
        ThreadMXBean threadsBean = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<Integer>> workers = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    int done = 0;
                    long cpuStart = threadsBean.getCurrentThreadCpuTime();
                    while (next.getAndIncrement() < instances) {
                        oneCase(engine, tenant);
                        done++;
                    }
                    cpu.addAndGet(threadsBean.getCurrentThreadCpuTime() - cpuStart);
                    return done;
                }));
            }
            int total = 0;
            for (Future<Integer> worker : workers) {
                total += worker.get();
            }
            if (total != instances) {
                throw new IllegalStateException(total + " kasus selesai, bukan " + instances);
            }
        } finally {
            pool.shutdown();
        }
        return new Result(instances, threads, System.nanoTime() - start, cpu.get());
    }

    /** Starts one case and completes its steps; the first pass of the gateway says Tidak, the second Ya. */
    static void oneCase(ProcessEngine engine, String tenant) {
        Map<String, Object> variables = Map.of("judul", "Laporan kegiatan", "anggaran", 12_500_000L,
                "realisasi", 11_750_000L, "periode", "2026-11", "lokasi", "RT 03");
        var start = engine.getRuntimeService().createProcessInstanceByKey(SopShapedModel.KEY);
        if (tenant != null) {
            start.processDefinitionTenantId(tenant);
        }
        String instance = start.setVariables(variables).execute().getId();
        int completions = 0;
        boolean refused = false;
        Task task;
        while ((task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult()) != null) {
            Map<String, Object> outcome = Map.of();
            if (task.getTaskDefinitionKey().equals("userTask_langkah3")) {
                outcome = Map.of(SopShapedModel.DECISION, refused);
                refused = true;
            }
            engine.getTaskService().complete(task.getId(), outcome);
            if (++completions > SopShapedModel.STEPS + 1) {
                throw new IllegalStateException("kasus " + instance + " tidak selesai");
            }
        }
    }
}
