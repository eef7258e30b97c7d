package polls;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

/** A poll question and its choices (the tutorial's Question model). */
public final class Question {
    private final int id;
    private final String questionText;
    private final LocalDateTime pubDate;
    private final List<Choice> choices = new CopyOnWriteArrayList<>();
    private final IntSupplier choiceIds;

    Question(int id, String questionText, LocalDateTime pubDate, IntSupplier choiceIds) {
        this.id = id;
        this.questionText = questionText;
        this.pubDate = pubDate;
        this.choiceIds = choiceIds;
    }

    public int id() {
        return id;
    }

    public String questionText() {
        return questionText;
    }

    public LocalDateTime pubDate() {
        return pubDate;
    }

    /** Django's {@code question.choice_set.all}. */
    public List<Choice> choices() {
        return List.copyOf(choices);
    }

    /** Django's {@code question.choice_set.create(choice_text=..., votes=0)}. */
    public Choice addChoice(String choiceText) {
        Choice choice = new Choice(choiceIds.getAsInt(), choiceText);
        choices.add(choice);
        return choice;
    }

    /** Django's {@code question.choice_set.get(pk=id)}, for the id a form sent (empty when it is not one). */
    public Optional<Choice> choice(String id) {
        return choices.stream().filter(c -> String.valueOf(c.id()).equals(id)).findFirst();
    }

    public boolean wasPublishedRecently() {
        LocalDateTime now = LocalDateTime.now();
        return !pubDate.isBefore(now.minusDays(1)) && !pubDate.isAfter(now);
    }

    @Override
    public String toString() {
        return questionText;
    }
}
