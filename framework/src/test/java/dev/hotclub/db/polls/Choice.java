package dev.hotclub.db.polls;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.OnDelete;
import dev.hotclub.db.models.Ref;
import dev.hotclub.db.models.fields.CharField;
import dev.hotclub.db.models.fields.ForeignKey;
import dev.hotclub.db.models.fields.IntegerField;

public class Choice extends Model {
    public static final Manager<Choice> objects = Manager.of(Choice.class);

    @ForeignKey(onDelete = OnDelete.CASCADE)
    public Ref<Question> question;

    @CharField(maxLength = 200)
    public String choiceText;

    @IntegerField
    public int votes = 0;

    @Override
    public String toString() {
        return choiceText;
    }
}
