package io.kmipserver.audit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventCursorTest {

    @Test
    void aCursorReadsBackAsThePositionItWasMadeFrom() {
        EventCursor cursor = new EventCursor(1_763_800_000_123_456L, 88_484_268_343_337L);
        assertThat(EventCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void garbageTruncatedAndAlteredCursorsAreRefused() {
        String good = new EventCursor(42, 7).encode();
        char flipped = good.charAt(5) == 'A' ? 'B' : 'A';
        String altered = good.substring(0, 5) + flipped + good.substring(6);
        assertThatThrownBy(() -> EventCursor.decode("not a cursor!")).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> EventCursor.decode(good.substring(0, good.length() - 2))).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> EventCursor.decode(altered)).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> EventCursor.decode("")).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void anEventIsAfterTheCursorWhenOlderOrEquallyOldButEarlierInTheJournal() {
        EventCursor cursor = new EventCursor(100, 10);
        assertThat(cursor.isBefore(99, 50)).isTrue();
        assertThat(cursor.isBefore(100, 9)).isTrue();
        assertThat(cursor.isBefore(100, 10)).isFalse();
        assertThat(cursor.isBefore(101, 1)).isFalse();
    }
}
