package io.cnmm.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The first administrator's configured password follows the rules of every other password. */
class FirstAdminTest {

    @ParameterizedTest
    @ValueSource(strings = {"\0\0\0\0\0\0\0\0\0\0\0\0", "a long password\0", "a long\tpassword", "a long\u2028password",
            "too short"})
    void aConfiguredPasswordTheApiWouldRefuseStopsTheStartWithoutShowingIt(String password) {
        assertThatThrownBy(() -> FirstAdmin.configuredPassword(Optional.of(password)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cnmm.security.admin-password must")
                .message().doesNotContain(password);
    }

    @Test
    void aConfiguredPasswordThatMeetsTheRulesIsUsed() {
        assertThat(FirstAdmin.configuredPassword(Optional.of("a long enough password"))).isEqualTo("a long enough password");
    }

    @Test
    void withoutAConfiguredPasswordOneIsGenerated() {
        assertThat(FirstAdmin.configuredPassword(Optional.empty())).isNull();
        assertThat(FirstAdmin.configuredPassword(Optional.of("   "))).isNull();
    }
}
