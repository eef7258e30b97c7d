package dev.hotclub.views.crud;

import static dev.hotclub.shortcuts.Shortcuts.reverse;
import static dev.hotclub.urls.Urls.path;

import dev.hotclub.db.library.Author;
import dev.hotclub.db.models.Model;
import dev.hotclub.project.App;
import dev.hotclub.urls.UrlConf;
import dev.hotclub.views.CreateView;
import dev.hotclub.views.DeleteView;
import dev.hotclub.views.DetailView;
import dev.hotclub.views.ListView;
import dev.hotclub.views.UpdateView;
import java.util.List;

/** A whole CRUD app for one model, as a new user writes it: list, detail, create, update, delete. */
public final class AuthorsApp implements App {
    @Override
    public UrlConf urls() {
        return UrlConf.named("authors",
                path("", ListView.of(Author.objects).template("authors/list.html").paginateBy(2), "list"),
                path("<int:pk>/", DetailView.of(Author.objects).template("authors/detail.html"), "detail"),
                path("new/", CreateView.of(Author.class).fields("name", "born", "email")
                        .template("authors/form.html").successUrl(a -> reverse("authors:detail", a.id))
                        .successMessage("%(name)s was added."), "create"),
                path("<int:pk>/edit/", UpdateView.of(Author.objects).fields("name", "born", "email")
                        .template("authors/form.html").successUrl(a -> reverse("authors:detail", a.id)), "update"),
                path("<int:pk>/delete/", DeleteView.of(Author.objects).template("authors/confirm_delete.html")
                        .successUrl("authors:list"), "delete"));
    }

    @Override
    public List<Class<? extends Model>> models() {
        return List.of(Author.class);
    }
}
