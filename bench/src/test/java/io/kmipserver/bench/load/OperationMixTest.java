package io.kmipserver.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationMixTest {

    @Test
    void getHeavyMixGivesEachOperationItsShareOfTheTickets() {
        OperationMix mix = OperationMix.parse("get:90,create:10");

        Map<LoadOperation, Integer> picks = new EnumMap<>(LoadOperation.class);
        for (int ticket = 0; ticket < mix.totalWeight(); ticket++) {
            picks.merge(mix.pick(ticket), 1, Integer::sum);
        }

        assertThat(mix.totalWeight()).isEqualTo(100);
        assertThat(picks).containsOnly(Map.entry(LoadOperation.CREATE, 10), Map.entry(LoadOperation.GET, 90));
        assertThat(mix.weight(LoadOperation.GET)).isEqualTo(90);
        assertThat(mix.weight(LoadOperation.DISCOVER)).isZero();
    }

    @Test
    void ticketsMapToOperationsInOperationOrderAtTheBoundaries() {
        OperationMix mix = OperationMix.parse("get:3,create:2");

        assertThat(mix.pick(0)).isEqualTo(LoadOperation.CREATE);
        assertThat(mix.pick(1)).isEqualTo(LoadOperation.CREATE);
        assertThat(mix.pick(2)).isEqualTo(LoadOperation.GET);
        assertThat(mix.pick(4)).isEqualTo(LoadOperation.GET);
        assertThatThrownBy(() -> mix.pick(5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mix.pick(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBareNameWeighsOneAndNamesIgnoreCaseAndSpaces() {
        OperationMix mix = OperationMix.parse(" CREATE , Discover: 3 ");

        assertThat(mix.weight(LoadOperation.CREATE)).isEqualTo(1);
        assertThat(mix.weight(LoadOperation.DISCOVER)).isEqualTo(3);
        assertThat(mix).hasToString("create:1,discover:3");
    }

    @Test
    void anOperationNamedTwiceAddsUpAndAZeroWeightLeavesItOut() {
        OperationMix mix = OperationMix.parse("get:5,create:0,get:5");

        assertThat(mix.weight(LoadOperation.GET)).isEqualTo(10);
        assertThat(mix.includes(LoadOperation.CREATE)).isFalse();
        assertThat(mix).hasToString("get:10");
    }

    @Test
    void lifecycleOnlyOperationsAreRefusedWithAPointerToTheLifecycleScenario() {
        assertThatThrownBy(() -> OperationMix.parse("get:90,destroy:10"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("destroy")
                .hasMessageContaining("--scenario lifecycle");
    }

    @Test
    void malformedMixesAreRefusedNamingTheProblem() {
        assertThatThrownBy(() -> OperationMix.parse("fetch:10")).hasMessageContaining("unknown operation 'fetch'");
        assertThatThrownBy(() -> OperationMix.parse("get:ninety")).hasMessageContaining("not an integer");
        assertThatThrownBy(() -> OperationMix.parse("get:-1")).hasMessageContaining("must be 0..");
        assertThatThrownBy(() -> OperationMix.parse("get:1,,create:1")).hasMessageContaining("empty entry");
        assertThatThrownBy(() -> OperationMix.parse("get:0,create:0")).hasMessageContaining("no positive weight");
        assertThatThrownBy(() -> OperationMix.parse(" ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> OperationMix.parse("get:" + (OperationMix.MAX_WEIGHT + 1)))
                .hasMessageContaining("must be 0..");
    }
}
