package dev.shale.diff;

import dev.shale.model.QualifiedName;
import dev.shale.model.View;
import java.util.regex.Pattern;

/**
 * Whether a view's definition mentions a table or view by name. The model keeps view
 * definitions as text, so this is an identifier-aware word match (quoted or not, any case):
 * it may see a dependency that is not there (a column of the same name), never miss one.
 */
final class ViewReferences {
    private ViewReferences() {
    }

    static boolean mentions(View view, QualifiedName name) {
        Pattern word = Pattern.compile("(?<![\\w$])[\"`\\[]?" + Pattern.quote(name.name()) + "[\"`\\]]?(?![\\w$])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return !view.name().equals(name) && word.matcher(view.definition()).find();
    }
}
