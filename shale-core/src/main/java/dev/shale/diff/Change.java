package dev.shale.diff;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import dev.shale.model.View;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/**
 * One change between two schemas, named verb + object. Planners switch over this sealed
 * family exhaustively, so a new kind of change cannot be forgotten by a dialect.
 */
public sealed interface Change {

    /** The table (or view, enum, sequence) the change is about. */
    QualifiedName subject();

    /** Double dispatch: the compiler checks that a visitor handles every kind of change. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of change; planners implement it, so none can be forgotten. */
    interface Visitor<R> {
        R visit(AddTable change);

        R visit(DropTable change);

        R visit(RenameTable change);

        R visit(AddColumn change);

        R visit(DropColumn change);

        R visit(RenameColumn change);

        R visit(AlterColumn change);

        R visit(AddPrimaryKey change);

        R visit(DropPrimaryKey change);

        R visit(AddUnique change);

        R visit(DropUnique change);

        R visit(AddForeignKey change);

        R visit(DropForeignKey change);

        R visit(AddCheck change);

        R visit(DropCheck change);

        R visit(AddIndex change);

        R visit(DropIndex change);

        R visit(SetTableComment change);

        R visit(SetTableOptions change);

        R visit(AddEnum change);

        R visit(DropEnum change);

        R visit(AddEnumValues change);

        R visit(AddSequence change);

        R visit(DropSequence change);

        R visit(AlterSequence change);

        R visit(AddView change);

        R visit(DropView change);
    }

    record AddTable(Table table) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return table.name();
        }
    }

    record DropTable(Table table) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return table.name();
        }
    }

    record RenameTable(QualifiedName from, QualifiedName to) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return from;
        }
    }

    record AddColumn(QualifiedName table, Column column) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return table;
        }
    }

    record DropColumn(QualifiedName table, Column column) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return table;
        }
    }

    record RenameColumn(QualifiedName table, String from, String to) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return table;
        }
    }

    /** A column that exists on both sides but differs in {@code what}. */
    record AlterColumn(QualifiedName table, Column from, Column to, Set<ColumnAspect> what) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public AlterColumn {
            what = Set.copyOf(what);
        }

        public QualifiedName subject() {
            return table;
        }
    }

    /** What differs between two versions of a column. */
    enum ColumnAspect { TYPE, NULLABILITY, DEFAULT, IDENTITY, GENERATED, COLLATION, COMMENT }

    record AddPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return table;
        }
    }

    record DropPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return table;
        }
    }

    record AddUnique(QualifiedName table, UniqueConstraint unique) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return table;
        }
    }

    record DropUnique(QualifiedName table, UniqueConstraint unique) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return table;
        }
    }

    record AddForeignKey(QualifiedName table, ForeignKey foreignKey) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return table;
        }
    }

    record DropForeignKey(QualifiedName table, ForeignKey foreignKey) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return table;
        }
    }

    record AddCheck(QualifiedName table, CheckConstraint check) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return table;
        }
    }

    record DropCheck(QualifiedName table, CheckConstraint check) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return table;
        }
    }

    record AddIndex(QualifiedName table, Index index) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return table;
        }
    }

    record DropIndex(QualifiedName table, Index index) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return table;
        }
    }

    record SetTableComment(QualifiedName table, String from, String to) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return table;
        }
    }

    record SetTableOptions(QualifiedName table, SortedMap<String, String> from, SortedMap<String, String> to)
            implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return table;
        }
    }

    record AddEnum(EnumType type) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return type.name();
        }
    }

    record DropEnum(EnumType type) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return type.name();
        }
    }

    /** New values appended to (or inserted into) an enum whose existing values all remain in order. */
    record AddEnumValues(EnumType from, EnumType to, List<String> added) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public AddEnumValues {
            added = List.copyOf(added);
        }

        public QualifiedName subject() {
            return to.name();
        }
    }

    record AddSequence(Sequence sequence) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return sequence.name();
        }
    }

    record DropSequence(Sequence sequence) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return sequence.name();
        }
    }

    record AlterSequence(Sequence from, Sequence to) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return to.name();
        }
    }

    record AddView(View view) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return view.name();
        }
    }

    record DropView(View view) implements Change {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public QualifiedName subject() {
            return view.name();
        }
    }
}
