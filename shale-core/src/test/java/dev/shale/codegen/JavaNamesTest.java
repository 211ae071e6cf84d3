package dev.shale.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaNamesTest {

    @Test
    void snakeCaseBecomesCamelCaseAndUpperCaseWordsAreLowered() {
        assertThat(JavaNames.field("created_at")).isEqualTo("createdAt");
        assertThat(JavaNames.field("USER_ID")).isEqualTo("userId");
        assertThat(JavaNames.field("createdAt")).isEqualTo("createdAt");
        assertThat(JavaNames.type("order_items")).isEqualTo("OrderItems");
        assertThat(JavaNames.constant("createdAt")).isEqualTo("CREATED_AT");
        assertThat(JavaNames.constant("full name")).isEqualTo("FULL_NAME");
    }

    @Test
    void keywordsAndObjectMethodNamesGetATrailingUnderscore() {
        assertThat(JavaNames.field("class")).isEqualTo("class_");
        assertThat(JavaNames.field("record")).isEqualTo("record_");
        assertThat(JavaNames.field("hashCode")).isEqualTo("hashCode_");
        assertThat(JavaNames.constant("class")).isEqualTo("CLASS");
    }

    @Test
    void lettersOfAnyScriptAreKeptAndALeadingDigitIsPrefixed() {
        assertThat(JavaNames.field("größe")).isEqualTo("größe");
        assertThat(JavaNames.type("заказы")).isEqualTo("Заказы");
        assertThat(JavaNames.field("1st_place")).isEqualTo("_1stPlace");
        assertThat(JavaNames.constant("it's done")).isEqualTo("IT_S_DONE");
        assertThat(JavaNames.field("%")).isEqualTo("empty");
    }

    @Test
    void packageNamesAreDottedIdentifiersThatAreNotKeywords() {
        assertThat(JavaNames.isPackage("com.example.db")).isTrue();
        assertThat(JavaNames.isPackage("com.class.db")).isFalse();
        assertThat(JavaNames.isPackage("com..db")).isFalse();
        assertThat(JavaNames.isPackage("1com")).isFalse();
    }
}
