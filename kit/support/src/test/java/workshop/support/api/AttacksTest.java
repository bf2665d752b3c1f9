package workshop.support.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AttacksTest {

    @Test
    void theSameSeedMakesTheSameAttacksSoEveryStepMeetsTheSame() {
        assertThat(attacks(7).stream().map(Attacks.Attack::toString).toList())
                .isEqualTo(attacks(7).stream().map(Attacks.Attack::toString).toList())
                .isNotEqualTo(attacks(8).stream().map(Attacks.Attack::toString).toList());
    }

    private static List<Attacks.Attack> attacks(long seed) {
        return Attacks.generate(seed, "ada", "TEA-ASSAM-250G", 20).toList();
    }
}
