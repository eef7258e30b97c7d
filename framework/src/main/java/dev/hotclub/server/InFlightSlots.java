package dev.hotclub.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The set behind {@link RequestsInFlight}: every request enters it and leaves it, and it is read only when a server
 * stops or the dev server looks for a slow request. So entering takes one compare-and-set into a free slot (no
 * hashing, no shared counter) and leaving one ordered write of null into the slot the request remembers. The slots
 * come in segments that never move: a full set grows by one more segment, so that a request leaving clears the slot
 * it entered, whatever grew meanwhile.
 */
final class InFlightSlots {
    private static final int SEGMENT_BITS = 6;
    private static final int SEGMENT_SIZE = 1 << SEGMENT_BITS;

    @SuppressWarnings("unchecked")
    private volatile AtomicReferenceArray<RequestInFlight>[] segments = new AtomicReferenceArray[] {
        new AtomicReferenceArray<RequestInFlight>(SEGMENT_SIZE)
    };
    // Where to look first: one past the last slot taken. Read and written without synchronization: a stale value
    // only makes a search start elsewhere.
    private int next;

    void add(RequestInFlight request) {
        while (true) {
            AtomicReferenceArray<RequestInFlight>[] all = segments;
            int slots = all.length << SEGMENT_BITS;
            int start = next;
            for (int probe = 0; probe < slots; probe++) {
                int slot = start + probe;
                if (slot >= slots) {
                    slot -= slots;
                    if (slot >= slots) {
                        slot = 0; // a hint from a larger set than this one
                    }
                }
                AtomicReferenceArray<RequestInFlight> segment = all[slot >>> SEGMENT_BITS];
                int index = slot & (SEGMENT_SIZE - 1);
                if (segment.get(index) == null && segment.compareAndSet(index, null, request)) {
                    request.enteredSlot(segment, index);
                    next = slot + 1;
                    return;
                }
            }
            grow(all);
        }
    }

    void remove(RequestInFlight request) {
        request.leaveSlot();
    }

    /** The requests in the set now (each one seen at most once; one entering or leaving meanwhile may be missed). */
    List<RequestInFlight> snapshot() {
        List<RequestInFlight> requests = new ArrayList<>();
        for (AtomicReferenceArray<RequestInFlight> segment : segments) {
            for (int i = 0; i < SEGMENT_SIZE; i++) {
                RequestInFlight request = segment.get(i);
                if (request != null) {
                    requests.add(request);
                }
            }
        }
        return requests;
    }

    private synchronized void grow(AtomicReferenceArray<RequestInFlight>[] full) {
        if (segments == full) {
            AtomicReferenceArray<RequestInFlight>[] grown = Arrays.copyOf(full, full.length + 1);
            grown[full.length] = new AtomicReferenceArray<>(SEGMENT_SIZE);
            next = full.length << SEGMENT_BITS;
            segments = grown;
        }
    }
}
