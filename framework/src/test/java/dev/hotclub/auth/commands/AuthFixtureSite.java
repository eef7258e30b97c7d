package dev.hotclub.auth.commands;

import dev.hotclub.project.AuthApp;
import dev.hotclub.project.Project;
import dev.hotclub.project.ProjectProvider;

import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;

/** A project that installs auth, as a packaged project's jar finds it (its ProjectProvider). */
public final class AuthFixtureSite implements ProjectProvider {
    @Override
    public Project project() {
        return Project.named("authsite").urls(path("accounts/", include(new AuthApp()))).build();
    }
}
