package org.socorg.platform.shared;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives exactly as long as the current Spring transaction: for copies of rows a transaction has read
 * or written, so that one step does not read the same row twice. The value is set aside while a nested
 * ({@code REQUIRES_NEW}) transaction runs, because that one must see the database and not our uncommitted writes,
 * and it is dropped when the transaction ends, committed or rolled back.
 */
public final class PerTransaction {

    private PerTransaction() {
    }

    /**
     * The current transaction's value under {@code key}, created on first use; {@code null} outside a transaction
     * (callers then read the database).
     */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        T value = (T) TransactionSynchronizationManager.getResource(key);
        if (value == null) {
            T created = create.get();
            TransactionSynchronizationManager.bindResource(key, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(key, created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            value = created;
        }
        return value;
    }

    /** The current transaction's value under {@code key} if it has one, without creating it. */
    @SuppressWarnings("unchecked")
    public static <T> T peek(Object key) {
        return TransactionSynchronizationManager.isActualTransactionActive()
                ? (T) TransactionSynchronizationManager.getResource(key) : null;
    }
}
