package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodegenCommandTest {
    @TempDir
    Path dir;

    @OnEachDatabase
    void codegenJavaWritesARecordPerTableOfTheLiveSchemaAndThenFindsNothingToRewrite(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, email VARCHAR(320) NOT NULL, nick_name VARCHAR(40))");

        CliRun first = CliRun.run(dir, "codegen", "java", "--url", db.urlString(), "--package", "com.example.db",
                "--out", "src/main/java");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("wrote src/main/java/com/example/db/Customers.java", "1 written, 0 unchanged");
        assertThat(Files.readString(dir.resolve("src/main/java/com/example/db/Customers.java")))
                .contains("package com.example.db;", "String email,", "String nickName)", "NICK_NAME = \"nick_name\"");

        CliRun second = CliRun.run(dir, "codegen", "java", "--url", db.urlString(), "--package", "com.example.db",
                "--out", "src/main/java", "--optional");
        assertThat(second.err()).contains("1 written, 0 unchanged");
        assertThat(Files.readString(dir.resolve("src/main/java/com/example/db/Customers.java")))
                .contains("Optional<String> nickName)");
    }

    @OnEachDatabase
    void fromSchemaReadsTheSchemaFilesInsteadOfTheDatabase(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE live_only (id INTEGER PRIMARY KEY)");
        SchemaAsCodeProject project = new SchemaAsCodeProject(dir, db, false);
        project.schema("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total DECIMAL(10,2) NOT NULL);\n");

        CliRun run = project.run("codegen", "java", "--from", "schema", "--package", "app", "--out", "gen");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("gen/app/Invoices.java"))).contains("BigDecimal total)");
        assertThat(dir.resolve("gen/app/LiveOnly.java")).as("the live database is not read").doesNotExist();
    }

    @Test
    void aPackageThatIsNotAJavaNameIsAUsageError() {
        CliRun run = CliRun.run(dir, "codegen", "java", "--url", "sqlite:x.db", "--package", "com.class.db",
                "--out", "gen");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()[0]).isEqualTo("error: 'com.class.db' is not a Java package name");
    }

    @Test
    void codegenWithoutALanguageIsAUsageError() {
        CliRun run = CliRun.run(dir, "codegen");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("a language is required");
    }
}
