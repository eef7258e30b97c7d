package dev.hotclub.forms;

import dev.hotclub.forms.widgets.ClearableFileInput;
import dev.hotclub.http.UploadedFile;
import java.util.Map;

/**
 * Django's {@code FileField} over the server's multipart uploads: the {@link UploadedFile} sent, or null when
 * nothing was sent (or "Clear" was ticked) on an optional field. The form needs
 * {@code enctype="multipart/form-data"} ({@code form.isMultipart()}) and is bound with the request's files
 * ({@code form.bind(request)} does both). With an initial file, a required field accepts no new upload.
 */
public class FileField extends Field<UploadedFile> {
    private Integer maxLength;
    private boolean allowEmptyFile;

    public FileField() {
        super(new ClearableFileInput());
        defaultErrorMessage("invalid", "No file was submitted. Check the encoding type on the form.");
        defaultErrorMessage("missing", "No file was submitted.");
        defaultErrorMessage("empty", "The submitted file is empty.");
        defaultErrorMessage("max_length", "Ensure this filename has at most %(max)d character (it has %(length)d).");
        defaultErrorMessage("contradiction", "Please either submit a file or check the clear checkbox, not both.");
    }

    /** The longest file name accepted. */
    public FileField maxLength(int maxLength) {
        this.maxLength = maxLength;
        if (maxLength != 1) {
            errorMessage("max_length", "Ensure this filename has at most %(max)d characters (it has %(length)d).");
        }
        return this;
    }

    /** Accepts a file of zero bytes. */
    public FileField allowEmptyFile(boolean allow) {
        this.allowEmptyFile = allow;
        return this;
    }

    @Override
    protected UploadedFile toPython(Object value) {
        if (isEmptyValue(value)) {
            return null;
        }
        if (!(value instanceof UploadedFile file)) {
            throw error("invalid");
        }
        String name = file.fileName();
        if (maxLength != null && name != null && name.length() > maxLength) {
            throw error("max_length", Map.of("max", maxLength, "length", name.length()));
        }
        if (name == null || name.isEmpty()) {
            throw error("invalid");
        }
        if (!allowEmptyFile && file.size() == 0) {
            throw error("empty");
        }
        return file;
    }

    @Override
    public UploadedFile clean(Object value, Object initial) {
        if (value == ClearableFileInput.CONTRADICTION) {
            throw error("contradiction");
        }
        if (value == ClearableFileInput.CLEAR) {
            if (!isRequired()) {
                return null;
            }
            value = null;
        }
        if (value == null && initial != null) {
            return null;
        }
        return clean(value);
    }

    @Override
    public Object boundData(Object data, Object initial) {
        if (data == null || data == ClearableFileInput.CONTRADICTION) {
            return initial;
        }
        return data;
    }

    @Override
    public boolean hasChanged(Object initial, Object data) {
        return !isDisabled() && data != null;
    }
}
