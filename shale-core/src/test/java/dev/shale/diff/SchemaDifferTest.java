package dev.shale.diff;

import static dev.shale.diff.Schemas.column;
import static dev.shale.diff.Schemas.fk;
import static dev.shale.diff.Schemas.id;
import static dev.shale.diff.Schemas.index;
import static dev.shale.diff.Schemas.name;
import static dev.shale.diff.Schemas.schema;
import static dev.shale.diff.Schemas.table;
import static dev.shale.diff.Schemas.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.diff.Change.ColumnAspect;
import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.EnumType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaDifferTest {

    private static List<Class<?>> kinds(ChangeSet changes) {
        return changes.changes().stream().<Class<?>>map(Object::getClass).toList();
    }

    @Test
    void equalSchemasHaveNoChanges() {
        DatabaseSchema s = schema(table("users", id(), column("email", "text")));
        assertThat(SchemaDiffer.diff(s, s).isEmpty()).isTrue();
    }

    @Test
    void everyKindOfChangeHasAnExecutionPhase() {
        assertThat(ChangeOrder.PHASES.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Change.class.getPermittedSubclasses()).map(c -> c.asSubclass(Change.class)).toList());
    }

    @Test
    void newTablesAreCreatedBeforeTheirForeignKeysSoCyclesWork() {
        DatabaseSchema to = schema(
                table("a", List.of(id(), column("b_id", "integer")), List.of(fk("a_b_fk", "b_id", "b")), List.of()),
                table("b", List.of(id(), column("a_id", "integer")), List.of(fk("b_a_fk", "a_id", "a")), List.of()));
        ChangeSet changes = SchemaDiffer.diff(schema(), to);
        assertThat(kinds(changes)).containsExactly(Change.AddTable.class, Change.AddTable.class,
                Change.AddForeignKey.class, Change.AddForeignKey.class);
        assertThat(((Change.AddTable) changes.changes().get(0)).table().foreignKeys()).isEmpty();
    }

    @Test
    void columnsAreAddedDroppedAndAlteredWithWhatChanged() {
        DatabaseSchema from = schema(table("users", id(), column("name", "text"), Column.of("age", "integer", true)));
        Column age = new Column("age", "bigint", false, "0", null, null, null, null);
        DatabaseSchema to = schema(table("users", id(), age, column("email", "text")));
        ChangeSet changes = SchemaDiffer.diff(from, to);
        assertThat(changes.changes()).containsExactly(
                new Change.DropColumn(name("users"), column("name", "text")),
                new Change.AlterColumn(name("users"), Column.of("age", "integer", true), age,
                        java.util.Set.of(ColumnAspect.TYPE, ColumnAspect.NULLABILITY, ColumnAspect.DEFAULT)),
                new Change.AddColumn(name("users"), column("email", "text")));
    }

    @Test
    void withoutAHintADisappearedColumnIsDroppedAndTheNewOneAdded() {
        DatabaseSchema from = schema(table("users", id(), column("name", "text")));
        DatabaseSchema to = schema(table("users", id(), column("full_name", "text")));
        assertThat(kinds(SchemaDiffer.diff(from, to))).containsExactly(Change.DropColumn.class, Change.AddColumn.class);
    }

    @Test
    void aHintedColumnRenameKeepsItsIndex() {
        DatabaseSchema from = schema(table("users", List.of(id(), column("name", "text")), List.of(),
                List.of(index("users_name_idx", "name"))));
        DatabaseSchema to = schema(table("users", List.of(id(), column("full_name", "text")), List.of(),
                List.of(index("users_name_idx", "full_name"))));
        RenameHints hints = new RenameHints(Map.of(), Map.of(name("users"), Map.of("name", "full_name")));
        assertThat(SchemaDiffer.diff(from, to, hints).changes())
                .containsExactly(new Change.RenameColumn(name("users"), "name", "full_name"));
    }

    @Test
    void aHintedTableRenameCarriesTheForeignKeysThatPointAtIt() {
        DatabaseSchema from = schema(table("people", id()),
                table("orders", List.of(id(), column("person_id", "integer")), List.of(fk("o_fk", "person_id", "people")), List.of()));
        DatabaseSchema to = schema(renamedTable("users"),
                table("orders", List.of(id(), column("person_id", "integer")), List.of(fk("o_fk", "person_id", "users")), List.of()));
        RenameHints hints = new RenameHints(Map.of(name("people"), name("users")), Map.of());
        assertThat(SchemaDiffer.diff(from, to, hints).changes())
                .containsExactly(new Change.RenameTable(name("people"), name("users")));
    }

    private static dev.shale.model.Table renamedTable(String name) {
        // The primary key keeps its old name: renaming a table does not rename its constraints.
        dev.shale.model.Table t = table(name, id());
        return new dev.shale.model.Table(t.name(), t.columns(), new dev.shale.model.PrimaryKey("people_pkey", List.of("id")),
                t.uniques(), t.foreignKeys(), t.checks(), t.indexes(), t.comment(), t.options());
    }

    @Test
    void anInvalidHintIsIgnoredRatherThanGuessed() {
        DatabaseSchema from = schema(table("users", id(), column("name", "text")));
        DatabaseSchema to = schema(table("users", id(), column("name", "text"), column("full_name", "text")));
        RenameHints hints = new RenameHints(Map.of(), Map.of(name("users"), Map.of("name", "full_name")));
        assertThat(kinds(SchemaDiffer.diff(from, to, hints))).containsExactly(Change.AddColumn.class);
    }

    @Test
    void droppedTablesInAForeignKeyCycleLoseTheirForeignKeysFirst() {
        DatabaseSchema from = schema(
                table("a", List.of(id(), column("b_id", "integer")), List.of(fk("a_b_fk", "b_id", "b")), List.of()),
                table("b", List.of(id(), column("a_id", "integer")), List.of(fk("b_a_fk", "a_id", "a")), List.of()));
        assertThat(kinds(SchemaDiffer.diff(from, schema()))).containsExactly(Change.DropForeignKey.class,
                Change.DropForeignKey.class, Change.DropTable.class, Change.DropTable.class);
    }

    @Test
    void enumValuesAddedKeepTheEnumAndOthersReplaceIt() {
        EnumType mood = new EnumType(name("mood"), List.of("sad", "happy"));
        EnumType more = new EnumType(name("mood"), List.of("sad", "ok", "happy"));
        EnumType reordered = new EnumType(name("mood"), List.of("happy", "sad"));
        assertThat(SchemaDiffer.diff(schema(List.of(), List.of(), List.of(mood)), schema(List.of(), List.of(), List.of(more)))
                .changes()).containsExactly(new Change.AddEnumValues(mood, more, List.of("ok")));
        assertThat(kinds(SchemaDiffer.diff(schema(List.of(), List.of(), List.of(mood)),
                schema(List.of(), List.of(), List.of(reordered))))).containsExactly(Change.DropEnum.class, Change.AddEnum.class);
    }

    @Test
    void viewsOverAnAlteredTableAreRecreatedAroundTheChangeInDependencyOrder() {
        List<dev.shale.model.View> views = List.of(view("active_users", "SELECT id, name FROM users"),
                view("a_top", "SELECT id FROM active_users"));
        DatabaseSchema from = schema(List.of(table("users", id(), column("name", "text"))), views, List.of());
        DatabaseSchema to = schema(List.of(table("users", id(), column("name", "varchar(100)"))), views, List.of());
        List<Change> changes = SchemaDiffer.diff(from, to).changes();
        assertThat(changes).extracting(c -> c.getClass().getSimpleName() + " " + c.subject().name()).containsExactly(
                "DropView a_top", "DropView active_users", "AlterColumn users", "AddView active_users", "AddView a_top");
    }

    @Test
    void aViewOverAnUntouchedTableIsLeftAlone() {
        List<dev.shale.model.View> views = List.of(view("v", "SELECT id FROM orders"));
        DatabaseSchema from = schema(List.of(table("orders", id()), table("users", id(), column("name", "text"))), views, List.of());
        DatabaseSchema to = schema(List.of(table("orders", id()), table("users", id(), column("name", "varchar(9)"))), views, List.of());
        assertThat(kinds(SchemaDiffer.diff(from, to))).containsExactly(Change.AlterColumn.class);
    }

    @Test
    void changedIndexesAreDroppedBeforeAndCreatedAfterColumnChanges() {
        DatabaseSchema from = schema(table("t", List.of(id(), column("a", "text")), List.of(), List.of(index("t_idx", "a"))));
        DatabaseSchema to = schema(table("t", List.of(id(), column("a", "text"), column("b", "text")), List.of(),
                List.of(index("t_idx", "b"))));
        assertThat(kinds(SchemaDiffer.diff(from, to)))
                .containsExactly(Change.DropIndex.class, Change.AddColumn.class, Change.AddIndex.class);
    }

    @Test
    void inverseHintsUndoTheRenames() {
        RenameHints hints = new RenameHints(Map.of(name("a"), name("b")), Map.of(name("b"), Map.of("x", "y")));
        RenameHints inverse = hints.inverse();
        assertThat(inverse.tables()).containsEntry(name("b"), name("a"));
        assertThat(inverse.columns()).containsEntry(name("a"), Map.of("y", "x"));
    }

    @Test
    void aForeignKeyOnARecreatedKeyIsDroppedBeforeAndAddedAfterIt() {
        dev.shale.model.Table parent = table("p", id(), column("code", "text"));
        dev.shale.model.Table parentWithOtherPkName = new dev.shale.model.Table(parent.name(), parent.columns(),
                new dev.shale.model.PrimaryKey("p_pk_renamed", List.of("id")), List.of(), List.of(), List.of(),
                List.of(), null, parent.options());
        dev.shale.model.Table child = table("c", List.of(id(), column("p_id", "integer")), List.of(fk("c_p_fk", "p_id", "p")), List.of());
        List<Change> changes = SchemaDiffer.diff(schema(parent, child), schema(parentWithOtherPkName, child)).changes();
        assertThat(changes).extracting(c -> c.getClass().getSimpleName()).containsExactly(
                "DropForeignKey", "DropPrimaryKey", "AddPrimaryKey", "AddForeignKey");
    }

    @Test
    void aDroppedTablesForeignKeysToKeptTablesGoBeforeAnyKeyChange() {
        dev.shale.model.Table kept = table("p", id());
        dev.shale.model.Table dropped = table("c", List.of(id(), column("p_id", "integer")), List.of(fk("c_p_fk", "p_id", "p")), List.of());
        assertThat(kinds(SchemaDiffer.diff(schema(kept, dropped), schema(kept))))
                .containsExactly(Change.DropForeignKey.class, Change.DropTable.class);
    }
}
