package dev.hotclub.forms;

/**
 * A check run on a field's cleaned, non-empty value (Django's validators): throws {@link ValidationError} when the
 * value is invalid. {@link Validators} has Django's built-in ones.
 *
 * <pre>{@code
 * Validator<Integer> even = n -> { if (n % 2 != 0) throw new ValidationError("Enter an even number.", "even"); };
 * new IntegerField().validators(even)
 * }</pre>
 */
@FunctionalInterface
public interface Validator<T> {
    void validate(T value);
}
