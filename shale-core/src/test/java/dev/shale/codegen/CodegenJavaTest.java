package dev.shale.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.Shale;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;

class CodegenJavaTest {
    @TempDir
    Path dir;

    private static void createShop(TestDatabase db) {
        switch (db.kind()) {
            case POSTGRES -> db.execute("CREATE TYPE mood AS ENUM ('happy', 'in progress', '1st', 'class')",
                    "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email varchar(320) NOT NULL,"
                            + " full_name text, \"class\" integer, age smallint NOT NULL, score real,"
                            + " ratio double precision, balance numeric(12,2), active boolean NOT NULL DEFAULT true,"
                            + " born date, wakes time, wakes_tz timetz, created_at timestamptz NOT NULL DEFAULT now(),"
                            + " seen timestamp(3), avatar bytea, token uuid, prefs jsonb, raw json, tags text[],"
                            + " scores integer[] NOT NULL DEFAULT '{}', mood mood, moods mood[], search tsvector,"
                            + " \"größe\" integer, \"hashCode\" integer)");
            case MARIADB -> db.execute("CREATE TABLE users (id bigint AUTO_INCREMENT PRIMARY KEY,"
                    + " email varchar(320) NOT NULL, full_name text, `class` int, age smallint NOT NULL, score float,"
                    + " ratio double, balance decimal(12,2), active tinyint(1) NOT NULL DEFAULT 1, born date, wakes time,"
                    + " created_at timestamp NOT NULL DEFAULT current_timestamp ON UPDATE current_timestamp,"
                    + " seen datetime(3), avatar blob, prefs json, counter int unsigned, big bigint unsigned,"
                    + " status enum('new','in progress','it''s done') NOT NULL, mood enum('happy','sad'), shape point,"
                    + " `größe` int, `hashCode` int)");
            case SQLITE -> db.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(320) NOT NULL,"
                    + " full_name TEXT, \"class\" INTEGER, age SMALLINT NOT NULL, score REAL, balance DECIMAL(12,2),"
                    + " active BOOLEAN NOT NULL DEFAULT 1, born DATE, created_at DATETIME, avatar BLOB, prefs JSON,"
                    + " anything, \"größe\" INTEGER, \"hashCode\" INTEGER)");
        }
        db.execute("CREATE TABLE order_items (id INTEGER PRIMARY KEY, user_id BIGINT REFERENCES users (id),"
                + " quantity INTEGER NOT NULL)");
    }

    private CodegenResult generate(TestDatabase db, boolean optional) {
        return Shale.configure().projectDir(dir).url(db.urlString()).load()
                .generateJava(new JavaCodegenOptions("gen.db", dir.resolve("gen"), optional, false));
    }

    private String source(String type) throws Exception {
        return Files.readString(dir.resolve("gen/gen/db/" + type + ".java"));
    }

    @OnEachDatabase
    void theGeneratedRecordsCompileAndMapEachColumnKindToItsJavaType(TestDatabase db) throws Exception {
        createShop(db);
        generate(db, false);
        assertThat(JavaCompilation.of(dir.resolve("gen")).messages()).isEmpty();
        String users = source("Users");
        assertThat(users).startsWith(GeneratedFile.MARKER + "\npackage gen.db;\n")
                .contains("public record Users(", "String email,", "String fullName,", "class_,",
                        "BigDecimal balance,", "boolean active,", "LocalDate born,", "byte[] avatar,",
                        "String prefs,", " größe,", "hashCode_) {", "public static final String TABLE = \"users\";",
                        "public static final String FULL_NAME = \"full_name\";",
                        "public static final String HASH_CODE = \"hashCode\";");
        switch (db.kind()) {
            case POSTGRES -> {
                assertThat(users).contains("long id,", "Integer class_,", "short age,", "Float score,", "Double ratio,",
                        "LocalTime wakes,", "OffsetTime wakesTz,", "OffsetDateTime createdAt,", "LocalDateTime seen,",
                        "UUID token,", "List<String> tags,", "List<Integer> scores,", "Mood mood,", "List<Mood> moods,",
                        "// no Java type for tsvector: read as text\n        String search,",
                        "public static final String SCHEMA = \"public\";");
                assertThat(source("Mood")).contains("public enum Mood {", "HAPPY(\"happy\"),",
                        "IN_PROGRESS(\"in progress\"),", "_1ST(\"1st\"),", "CLASS(\"class\");");
            }
            case MARIADB -> assertThat(users).contains("long id,", "Integer class_,", "short age,", "Float score,", "Double ratio,",
                    "LocalTime wakes,", "LocalDateTime createdAt,", "LocalDateTime seen,", "Long counter,",
                    "BigInteger big,", "Status status,", "Mood mood,", "public enum Status {",
                    "IN_PROGRESS(\"in progress\"),", "IT_S_DONE(\"it's done\");", "public enum Mood {",
                    "// no Java type for point: read as text\n        String shape,");
            // SQLite reports an INTEGER PRIMARY KEY as nullable; every integer affinity is 64 bits.
            case SQLITE -> assertThat(users).contains("Long id,", "Long class_,", "long age,", "Double score,",
                    "LocalDateTime createdAt,", "// no Java type for : read as text\n        String anything,");
        }
        assertThat(source("OrderItems")).contains("public record OrderItems(", "Long userId,",
                db.kind() == dev.shale.testing.TestDialect.SQLITE ? "long quantity)" : "int quantity)",
                "public static final String TABLE = \"order_items\";");
    }

    @OnEachDatabase
    void aDroppedColumnBreaksTheCompileOfCodeThatUsesItsConstant(TestDatabase db) throws Exception {
        createShop(db);
        generate(db, false);
        Path app = JavaCompilation.snippet(dir.resolve("app-src"),
                "String sql = \"SELECT \" + Users.Columns.FULL_NAME + \" FROM \" + Users.TABLE;");
        assertThat(JavaCompilation.of(dir.resolve("gen"), app).messages()).isEmpty();

        db.execute("ALTER TABLE users DROP COLUMN full_name");
        CodegenResult again = generate(db, false);

        assertThat(again.written()).containsExactly(dir.resolve("gen/gen/db/Users.java"));
        JavaCompilation broken = JavaCompilation.of(dir.resolve("gen"), app);
        assertThat(broken.success()).isFalse();
        assertThat(broken.messages()).contains("Snippet.java", "FULL_NAME");
    }

    @OnEachDatabase
    void regeneratingTheSameSchemaLeavesEveryFileByteIdenticalAndUntouched(TestDatabase db) throws Exception {
        createShop(db);
        CodegenResult first = generate(db, false);
        assertThat(first.written()).hasSize(db.kind() == dev.shale.testing.TestDialect.POSTGRES ? 3 : 2);
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(dir.resolve("gen/gen/db/Users.java"), old);
        String before = source("Users");

        CodegenResult second = generate(db, false);

        assertThat(second.written()).isEmpty();
        assertThat(second.unchanged()).hasSameSizeAs(first.written());
        assertThat(source("Users")).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(dir.resolve("gen/gen/db/Users.java"))).isEqualTo(old);
    }

    @OnEachDatabase
    void withOptionalNullableColumnsBecomeOptionalAndNotNullOnesStayPlain(TestDatabase db) throws Exception {
        createShop(db);
        generate(db, true);
        assertThat(JavaCompilation.of(dir.resolve("gen")).messages()).isEmpty();
        assertThat(source("Users")).contains("import java.util.Optional;", "Optional<String> fullName,",
                "Optional<byte[]> avatar,", "String email,", "boolean active,");
        assertThat(source("OrderItems")).contains("Optional<Long> userId,", " quantity)").doesNotContain("Optional<Integer> quantity");
    }

    @OnEachDatabase
    void filesOfDroppedTablesAreRemovedButFilesShaleDidNotWriteAreKept(TestDatabase db) throws Exception {
        createShop(db);
        generate(db, false);
        Path own = dir.resolve("gen/gen/db/OrderQueries.java");
        Files.writeString(own, "package gen.db;\n\nclass OrderQueries {\n}\n");

        db.execute("DROP TABLE order_items");
        CodegenResult result = generate(db, false);

        assertThat(result.removed()).containsExactly(dir.resolve("gen/gen/db/OrderItems.java"));
        assertThat(dir.resolve("gen/gen/db/OrderItems.java")).doesNotExist();
        assertThat(own).exists();
        assertThat(JavaCompilation.of(dir.resolve("gen")).messages()).isEmpty();
    }

    @OnEachDatabase
    void aHandWrittenFileInTheWayIsNotOverwritten(TestDatabase db) throws Exception {
        createShop(db);
        Path mine = dir.resolve("gen/gen/db/Users.java");
        Files.createDirectories(mine.getParent());
        Files.writeString(mine, "package gen.db;\n\nclass Users {\n}\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> generate(db, false))
                .hasMessageContaining("which Shale did not generate");
        assertThat(Files.readString(mine)).isEqualTo("package gen.db;\n\nclass Users {\n}\n");
    }
}
