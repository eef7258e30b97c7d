package polls;

import java.util.concurrent.atomic.AtomicInteger;

/** One answer to a question and its votes (the tutorial's Choice model). */
public final class Choice {
    private final int id;
    private final String choiceText;
    private final AtomicInteger votes = new AtomicInteger();

    Choice(int id, String choiceText) {
        this.id = id;
        this.choiceText = choiceText;
    }

    public int id() {
        return id;
    }

    public String choiceText() {
        return choiceText;
    }

    public int votes() {
        return votes.get();
    }

    /** Django's {@code F('votes') + 1}: two votes at once both count. */
    public void vote() {
        votes.incrementAndGet();
    }

    @Override
    public String toString() {
        return choiceText;
    }
}
