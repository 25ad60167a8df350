package id.sopflow;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that several people may do to the same process instance at the same moment — four citizens asking about one
 * report, each question opening its own branch of the case — collides in the engine's optimistic locking: all but
 * one transaction fail with ENGINE-03005 although nothing is wrong with them. Such work is repeated here, whole, until
 * it goes through, so that a citizen's question is never lost to a 500.
 *
 * <p>Only the transaction that owns the work can repeat it: inside a caller's transaction the failed statements have
 * already doomed that transaction, so the conflict is passed on for the caller to repeat its own transaction (as the
 * Facebook webhook does around each comment).
 */
public final class ConcurrentUpdates {

    /** Enough for a burst of questions to one report; a real deadlock still ends as an error after this. */
    static final int ATTEMPTS = 8;

    private ConcurrentUpdates() {
    }

    public static <T> T retried(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException failure) {
                if (!isConflict(failure) || attempt >= ATTEMPTS
                        || TransactionSynchronizationManager.isActualTransactionActive()) {
                    throw failure;
                }
                pause(attempt);
            }
        }
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }

    /** A short, random wait, growing with each attempt, so that the colliding requests do not collide again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Dihentikan saat menunggu giliran menyimpan", interrupted);
        }
    }
}
