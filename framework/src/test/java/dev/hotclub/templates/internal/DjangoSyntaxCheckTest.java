package dev.hotclub.templates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Django syntax check")
class DjangoSyntaxCheckTest {
    private static String advice(String tag, String rest) {
        return DjangoSyntaxCheck.equivalent(tag, rest);
    }

    @Test
    @DisplayName("translates the tags of the polls tutorial")
    void translatesTheTutorialsTags() {
        assertEquals("${url('polls:detail', question.id)}", advice("url", "'polls:detail' question.id"));
        assertEquals("${url('polls:vote', question.id)}", advice("url", "\"polls:vote\" question.id"));
        assertEquals("${url('archive', {'year': 2026, 'slug': s})}", advice("url", "'archive' year=2026 slug=s"));
        assertEquals("${url('polls:index')}", advice("url", "'polls:index' as home"));
        assertEquals("${static('polls/style.css')}", advice("static", "'polls/style.css'"));
        assertEquals("<#list question.choice_set.all as choice>", advice("for", "choice in question.choice_set.all"));
        assertEquals("<#if a?has_content && !b?has_content>", advice("if", "a and not b"));
        assertEquals("</#if>", advice("endif", ""));
        assertEquals("<#include \"polls/x.html\">", advice("include", "'polls/x.html'"));
        assertEquals("${csrf_token}", advice("csrf_token", ""));
    }

    @Test
    @DisplayName("a bare value in a condition is tested as Django tests it, empty list and text false: ?has_content")
    void conditionsFollowDjangosTruthiness() {
        assertEquals("<#if articles?has_content>", advice("if", "articles"));
        assertEquals("<#if !user.is_authenticated?has_content>", advice("if", "not user.is_authenticated"));
        assertEquals("<#elseif a?has_content || b?has_content && c?has_content>", advice("elif", "a or b and c"));
        assertEquals("<#if question.votes > 0 && name != null>", advice("if", "question.votes > 0 and name != None"));
        assertEquals("<#if !(x == 1)>", advice("if", "not x == 1"));
    }
}
