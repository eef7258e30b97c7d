package dev.hotclub.messages;

/**
 * One message for the visitor (Django's {@code Message}): its level, text and extra tags. In a template,
 * {@code ${message}} is the text and {@code ${message.tags}} the CSS classes ({@code "success"},
 * {@code "important error"}).
 */
public record Message(int level, String message, String extraTags) {
    public Message {
        extraTags = extraTags == null ? "" : extraTags;
    }

    /** The level's tag: {@code debug}, {@code info}, {@code success}, {@code warning}, {@code error}, or "". */
    public String levelTag() {
        return Messages.tagFor(level);
    }

    /** The extra tags then the level's tag, space-separated (Django's {@code tags}). */
    public String tags() {
        String level = levelTag();
        if (extraTags.isEmpty()) {
            return level;
        }
        return level.isEmpty() ? extraTags : extraTags + " " + level;
    }

    @Override
    public String toString() {
        return message;
    }
}
