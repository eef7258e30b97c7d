package dev.hotclub.db.migrations;

/** What happens to a row whose foreign key points at a deleted row (Django's {@code on_delete}); the ORM enforces it. */
public enum OnDelete {
    CASCADE, PROTECT, RESTRICT, SET_NULL, SET_DEFAULT, DO_NOTHING
}
