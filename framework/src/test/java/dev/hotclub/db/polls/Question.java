package dev.hotclub.db.polls;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Meta;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.RelatedManager;
import dev.hotclub.db.models.fields.CharField;
import dev.hotclub.db.models.fields.DateTimeField;
import java.time.Instant;

@Meta(ordering = "-pubDate")
public class Question extends Model {
    public static final Manager<Question> objects = Manager.of(Question.class);

    @CharField(maxLength = 200)
    public String questionText;

    @DateTimeField(verboseName = "date published")
    public Instant pubDate;

    public RelatedManager<Choice> choiceSet() {
        return related(Choice.class);
    }

    @Override
    public String toString() {
        return questionText;
    }
}
