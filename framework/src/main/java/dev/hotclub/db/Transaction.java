package dev.hotclub.db;

import dev.hotclub.db.internal.ConnectionScope;
import java.util.function.Supplier;

/**
 * Django's {@code transaction.atomic}: the body's statements commit together or, when it throws, roll back
 * together; a block inside another is a savepoint, so an inner failure that is caught undoes only the inner work.
 *
 * <pre>{@code
 * Transaction.atomic(() -> {
 *     question.save();
 *     Transaction.onCommit(() -> mail.send(...));   // only once the outermost block has committed
 * });
 * long votes = Transaction.atomicGet(() -> choice.votes);
 * }</pre>
 */
public final class Transaction {
    private Transaction() {
    }

    public static void atomic(Runnable body) {
        atomic(DatabaseSettings.DEFAULT, body);
    }

    public static void atomic(String using, Runnable body) {
        atomicGet(using, () -> {
            body.run();
            return null;
        });
    }

    public static <T> T atomicGet(Supplier<T> body) {
        return atomicGet(DatabaseSettings.DEFAULT, body);
    }

    public static <T> T atomicGet(String using, Supplier<T> body) {
        ConnectionScope.enter(using, false);
        boolean committed = false;
        try {
            T result = body.get();
            committed = true;
            ConnectionScope.exit(using, true);
            return result;
        } catch (RuntimeException | Error e) {
            if (!committed) {
                ConnectionScope.exit(using, false);
            }
            throw e;
        }
    }

    /** Runs {@code callback} after the outermost atomic block commits (never if it rolls back); now outside one. */
    public static void onCommit(Runnable callback) {
        ConnectionScope.onCommit(DatabaseSettings.DEFAULT, callback);
    }

    public static void onCommit(String using, Runnable callback) {
        ConnectionScope.onCommit(using, callback);
    }

    /** Whether the calling thread is inside an atomic block on {@code using}. */
    public static boolean inAtomicBlock(String using) {
        return ConnectionScope.inAtomicBlock(using);
    }
}
