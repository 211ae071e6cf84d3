package dev.shale.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.QualifiedName;
import org.junit.jupiter.api.Test;

/** Names in deparsed SQL: the sequence of a nextval default, and identifier chains. */
class PostgresNamesTest {

    @Test
    void theSequenceOfANextvalDefaultIsFoundWithItsSchema() {
        assertThat(PostgresNames.nextvalSequence("nextval('public.t_id_seq'::regclass)"))
                .contains(QualifiedName.of("public", "t_id_seq"));
    }

    @Test
    void quotedPartsOfASequenceNameAreUnquoted() {
        assertThat(PostgresNames.nextvalSequence("nextval('\"My Schema\".\"It''s \"\"odd\"\".seq\"'::regclass)"))
                .contains(QualifiedName.of("My Schema", "It's \"odd\".seq"));
    }

    @Test
    void anythingElseIsNotASequenceDefault() {
        assertThat(PostgresNames.nextvalSequence("now()")).isEmpty();
        assertThat(PostgresNames.nextvalSequence("(nextval('s'::regclass) + 1)")).isEmpty();
        assertThat(PostgresNames.nextvalSequence(null)).isEmpty();
    }

    @Test
    void qualifiedNamesAreQuotedPartByPart() {
        PostgresNames names = new PostgresNames(new PostgresDialect());
        assertThat(names.qualified(QualifiedName.of("Sales", "a\"b"))).isEqualTo("\"Sales\".\"a\"\"b\"");
        assertThat(names.spellings("order_totals")).containsExactly("order_totals", "\"order_totals\"");
        assertThat(names.spellings("Active English")).containsExactly("\"Active English\"");
    }
}
