package polls;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The questions, in memory: what the tutorial keeps in the database. */
public final class PollStore {
    private final Map<Integer, Question> questions = new ConcurrentHashMap<>();
    private final AtomicInteger questionIds = new AtomicInteger();
    private final AtomicInteger choiceIds;

    public PollStore() {
        this(0);
    }

    /** A store whose first choice gets the id {@code lastChoiceId + 1}. */
    public PollStore(int lastChoiceId) {
        this.choiceIds = new AtomicInteger(lastChoiceId);
    }

    /** Django's {@code Question.objects.create(question_text=..., pub_date=...)}. */
    public Question createQuestion(String questionText, LocalDateTime pubDate) {
        Question question = new Question(questionIds.incrementAndGet(), questionText, pubDate, choiceIds::incrementAndGet);
        questions.put(question.id(), question);
        return question;
    }

    /** Django's {@code Question.objects.filter(pk=id).first()}. */
    public Optional<Question> question(int id) {
        return Optional.ofNullable(questions.get(id));
    }

    /** A question already published: one whose date is in the future is not shown yet. */
    public Optional<Question> publishedQuestion(int id) {
        return question(id).filter(q -> !q.pubDate().isAfter(LocalDateTime.now()));
    }

    /** Django's {@code Question.objects.filter(pub_date__lte=timezone.now()).order_by('-pub_date')[:count]}. */
    public List<Question> latestPublished(int count) {
        LocalDateTime now = LocalDateTime.now();
        return questions.values().stream()
                .filter(q -> !q.pubDate().isAfter(now))
                .sorted(Comparator.comparing(Question::pubDate).reversed())
                .limit(count)
                .toList();
    }
}
