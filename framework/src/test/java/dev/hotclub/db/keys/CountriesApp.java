package dev.hotclub.db.keys;

import static dev.hotclub.shortcuts.Shortcuts.getObjectOr404;
import static dev.hotclub.shortcuts.Shortcuts.reverse;
import static dev.hotclub.urls.Urls.path;

import dev.hotclub.db.models.Model;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.project.App;
import dev.hotclub.urls.UrlConf;
import dev.hotclub.views.CreateView;
import dev.hotclub.views.DetailView;
import dev.hotclub.views.UpdateView;
import java.util.List;

/** Generic views and getObjectOr404 over models keyed by a text code and by a UUID. */
public final class CountriesApp implements App {
    @Override
    public UrlConf urls() {
        return UrlConf.named("countries",
                path("new/", CreateView.of(Country.class).fields("code", "name").template("countries/form.html")
                        .successUrl(c -> reverse("countries:detail", c.code)), "create"),
                path("cities/new/", CreateView.of(City.class).fields("country", "name").template("countries/form.html")
                        .successUrl(c -> reverse("countries:cities", c.country.pk())), "city"),
                path("tickets/<uuid:pk>/", DetailView.of(Ticket.objects).template("countries/ticket.html"), "ticket"),
                path("cities/<str:code>/", request -> {
                    Country country = getObjectOr404(Country.objects, "pk", request.arg("code"));
                    return HttpResponse.ok(String.join(",", country.cities().orderBy("name").valuesListFlat("name").list()
                            .stream().map(String::valueOf).toList()));
                }, "cities"),
                path("<str:code>/", DetailView.of(Country.objects).pkUrlKwarg("code").template("countries/detail.html"), "detail"),
                path("<str:pk>/edit/", UpdateView.of(Country.objects).fields("name").template("countries/form.html")
                        .successUrl(c -> reverse("countries:detail", c.code)), "update"));
    }

    @Override
    public List<Class<? extends Model>> models() {
        return List.of(Country.class, City.class, Traveller.class, Ticket.class, Stamp.class);
    }
}
