package dev.shale.dialect.postgres;

import dev.shale.diff.Change;
import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.plan.ExpandContract;
import dev.shale.plan.ExpandContractGuard;
import java.util.ArrayList;
import java.util.List;

/**
 * A column rename on PostgreSQL as expand / contract. Expand: the new column is added
 * nullable, a BEFORE INSERT OR UPDATE trigger copies whichever of the two columns a writer
 * changed into the other, and existing rows are copied in committed batches. Contract: the
 * new column becomes NOT NULL (through a validated CHECK, without a scan) when the old one
 * was, and the trigger, its function and the old column go. Only a plain column is carried
 * over: one used by a key, index, constraint or view is refused, since those would need
 * copies of their own.
 */
final class ExpandContractPlan {
    private static final ExpandContractGuard GUARD = new ExpandContractGuard("\"");
    private static final int MAX_IDENTIFIER = 63;

    private final PostgresNames names;
    private final PostgresTableDdl ddl;

    ExpandContractPlan(PostgresNames names) {
        this.names = names;
        this.ddl = new PostgresTableDdl(names);
    }

    ExpandContract plan(Change.RenameColumn rename, DatabaseSchema from) {
        Column old = GUARD.plainColumn(rename, from);
        Table table = from.table(rename.table()).orElseThrow();
        Column added = new Column(rename.to(), old.type(), true, old.defaultValue(), null, null, old.collation(),
                old.comment());
        String t = names.qualified(rename.table());
        String o = names.quote(rename.from());
        String n = names.quote(rename.to());
        String function = names.qualified(QualifiedName.of(rename.table().schema(),
                shortName(rename.table().name() + "_" + rename.to() + "_sync")));
        String trigger = names.quote(shortName(rename.table().name() + "_" + rename.to() + "_sync"));

        List<String> sync = List.of(
                "CREATE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $sync$\nBEGIN\n"
                        + "  IF TG_OP = 'INSERT' THEN\n"
                        + "    IF NEW." + o + " IS NULL THEN NEW." + o + " := NEW." + n + "; ELSE NEW." + n
                        + " := NEW." + o + "; END IF;\n"
                        + "  ELSIF NEW." + o + " IS DISTINCT FROM OLD." + o + " THEN\n    NEW." + n + " := NEW." + o
                        + ";\n  ELSE\n    NEW." + o + " := NEW." + n + ";\n  END IF;\n  RETURN NEW;\nEND\n$sync$",
                "CREATE TRIGGER " + trigger + " BEFORE INSERT OR UPDATE ON " + t + " FOR EACH ROW EXECUTE FUNCTION "
                        + function + "()");
        List<String> unsync = List.of("DROP TRIGGER " + trigger + " ON " + t, "DROP FUNCTION " + function + "()");

        List<String> expandUp = new ArrayList<>();
        expandUp.add("ALTER TABLE " + t + " ADD COLUMN " + ddl.column(added));
        expandUp.addAll(sync);
        expandUp.add(copy(t, o, n));
        List<String> expandDown = new ArrayList<>(unsync);
        expandDown.add("ALTER TABLE " + t + " DROP COLUMN " + n);

        List<String> contractUp = new ArrayList<>();
        List<String> contractDown = new ArrayList<>();
        if (!old.nullable()) {
            String check = names.quote(shortName(rename.table().name() + "_" + rename.to() + "_not_null"));
            contractUp.add("ALTER TABLE " + t + " ADD CONSTRAINT " + check + " CHECK (" + n + " IS NOT NULL) NOT VALID");
            contractUp.add("ALTER TABLE " + t + " VALIDATE CONSTRAINT " + check);
            contractUp.add("ALTER TABLE " + t + " ALTER COLUMN " + n + " SET NOT NULL");
            contractUp.add("ALTER TABLE " + t + " DROP CONSTRAINT " + check);
        }
        contractUp.addAll(unsync);
        contractUp.add("ALTER TABLE " + t + " DROP COLUMN " + o);
        contractDown.add("ALTER TABLE " + t + " ADD COLUMN " + ddl.column(new Column(old.name(), old.type(), true,
                old.defaultValue(), null, null, old.collation(), old.comment())));
        contractDown.addAll(sync);
        contractDown.add(copy(t, n, o));
        if (!old.nullable()) {
            contractDown.add("ALTER TABLE " + t + " ALTER COLUMN " + n + " DROP NOT NULL");
            contractDown.add("ALTER TABLE " + t + " ALTER COLUMN " + o + " SET NOT NULL");
        }
        List<String> notes = List.of(rename.table() + "." + rename.from() + " → " + rename.to() + ": between the "
                + "expand and the contract migration both columns exist and a trigger keeps them equal; deploy the "
                + "release that uses " + rename.to() + " before migrating the contract step.");
        return new ExpandContract(expandUp, expandDown, contractUp, contractDown, notes);
    }

    /** Copies {@code source} into {@code target} in batches, each committed. */
    private static String copy(String table, String source, String target) {
        return "DO $copy$\nDECLARE\n  updated bigint;\nBEGIN\n  LOOP\n    UPDATE " + table + " SET " + target + " = "
                + source + " WHERE ctid IN (SELECT ctid FROM " + table + " WHERE " + target + " IS DISTINCT FROM "
                + source + " LIMIT " + SafeForms.BACKFILL_BATCH + ");\n    GET DIAGNOSTICS updated = ROW_COUNT;\n"
                + "    EXIT WHEN updated = 0;\n    COMMIT;\n  END LOOP;\nEND\n$copy$";
    }

    private static String shortName(String name) {
        return name.length() <= MAX_IDENTIFIER ? name : name.substring(0, MAX_IDENTIFIER);
    }
}
