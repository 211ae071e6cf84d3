package dev.shale.verify;

import dev.shale.dialect.Dialect;
import dev.shale.model.QualifiedName;

/** Table names as SQL (quoted, qualified) and as people read them. */
final class TableNames {
    private TableNames() {
    }

    static String sql(Dialect dialect, QualifiedName name) {
        return (name.schema() == null ? "" : dialect.quote(name.schema()) + ".") + dialect.quote(name.name());
    }

    static String display(QualifiedName name) {
        return name.schema() == null ? name.name() : name.schema() + "." + name.name();
    }
}
