package dev.hotclub.views;

import static dev.hotclub.urls.Urls.path;

import dev.hotclub.forms.BooleanField;
import dev.hotclub.forms.CharField;
import dev.hotclub.forms.EmailField;
import dev.hotclub.forms.Field;
import dev.hotclub.forms.Form;
import dev.hotclub.forms.ValidationError;
import dev.hotclub.forms.widgets.Textarea;
import dev.hotclub.messages.MessageMiddleware;
import dev.hotclub.messages.Messages;
import dev.hotclub.middleware.CommonMiddleware;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.middleware.SecurityMiddleware;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.middleware.XFrameOptionsMiddleware;
import dev.hotclub.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A contact page on a FormView, as a user would write it: the fixture of the served and browser tests. */
final class ContactSite {
    static final List<String> SENT = new CopyOnWriteArrayList<>();

    static final class ContactForm extends Form {
        final Field<String> subject = field("subject", new CharField().maxLength(20));
        final Field<String> message = field("message", new CharField().widget(new Textarea()));
        final Field<String> sender = field("sender", new EmailField(), this::cleanSender);
        final Field<Boolean> ccMyself = field("cc_myself", new BooleanField().required(false));

        private String cleanSender(String email) {
            if (email.endsWith("@example.com")) {
                throw new ValidationError("Please use your own address.");
            }
            return email;
        }
    }

    static Project project(Path templates) throws IOException {
        Files.writeString(templates.resolve("contact.html"), """
                <!DOCTYPE html><html><body>
                <#list messages as m><p class="${m.tags}">${m}</p></#list>
                <form method="post" action="">
                <@csrf_input/>
                ${form}
                <button type="submit" id="send">Send</button>
                </form></body></html>""");
        return Project.named("contact").allowedHosts("testserver", "127.0.0.1", "localhost").templateDirs(templates)
                .secretKey("contact-site-test-key-0123456789abcdef")
                .middleware(new SecurityMiddleware(), new SessionMiddleware(), new CommonMiddleware(),
                        new CsrfViewMiddleware(), new MessageMiddleware(), new XFrameOptionsMiddleware())
                .urls(path("contact/", FormView.of(ContactForm::new).template("contact.html").successUrl("contact")
                        .onValid((request, form) -> {
                            SENT.add(form.cleaned(form.subject) + " from " + form.cleaned(form.sender));
                            Messages.success(request, "Thanks, " + form.cleaned(form.sender) + "!");
                        }), "contact"))
                .build();
    }

    private ContactSite() {
    }
}
