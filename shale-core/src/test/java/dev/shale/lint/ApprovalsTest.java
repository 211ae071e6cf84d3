package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The {@code -- shale:approve RULE "reason"} lines of a migration file. */
class ApprovalsTest {
    private static final Path FILE = Path.of("migrations/0002_drop.sql");

    @Test
    void anApprovalWithAReasonIsReadWithItsLine() {
        assertThat(Approvals.read(FILE, "-- shale:up\n--  shale:approve ds102 \"column unused since v2.3\"\nSELECT 1;"))
                .containsExactly(new Approval("DS102", "column unused since v2.3", FILE, 2));
    }

    @Test
    void anApprovalWithoutAReasonIsRejected() {
        assertThatThrownBy(() -> Approvals.read(FILE, "-- shale:approve DS102\n"))
                .isInstanceOf(ShaleException.class).hasMessage("0002_drop.sql:1: approval of DS102 has no reason")
                .satisfies(e -> assertThat(((ShaleException) e).exitCode()).isEqualTo(ExitCode.USAGE));
        assertThatThrownBy(() -> Approvals.read(FILE, "-- shale:approve DS102 \"  \"\n"))
                .hasMessage("0002_drop.sql:1: approval of DS102 has no reason");
    }

    @Test
    void anApprovalOfAnUnknownRuleIsRejected() {
        assertThatThrownBy(() -> Approvals.read(FILE, "SELECT 1;\n-- shale:approve DS999 \"why\"\n"))
                .isInstanceOf(ShaleException.class).hasMessage("0002_drop.sql:2: approval of unknown rule DS999");
    }

    @Test
    void aMalformedApprovalIsRejectedRatherThanIgnored() {
        assertThatThrownBy(() -> Approvals.read(FILE, "-- shale:approve \"why\" DS102\n"))
                .hasMessageStartingWith("0002_drop.sql:1: malformed approval");
    }

    @Test
    void otherCommentsAreNotApprovals() {
        assertThat(Approvals.read(FILE, "-- approve DS102 \"x\"\n-- shale:up\nSELECT 1;")).isEmpty();
    }
}
