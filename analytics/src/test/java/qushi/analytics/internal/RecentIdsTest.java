package qushi.analytics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecentIdsTest {
  @Test
  void findsWhatWasPutByEqualStringsNotOnlyTheSameObject() {
    RecentIds ids = new RecentIds();
    ids.put("改革", 7);
    assertEquals(7, ids.get(new String("改革")));
    assertEquals(RecentIds.NONE, ids.get("开放"));
    ids.put("改革", 8);
    assertEquals(8, ids.get("改革"));
  }

  @Test
  void neverReturnsAnotherStringsIdWhenSlotsCollide() {
    // two slots only: most strings share one, and each look-up must give its own id or NONE
    RecentIds ids = new RecentIds(1);
    Map<String, Integer> truth = new HashMap<>();
    Random random = new Random(1);
    int found = 0;
    for (int i = 0; i < 10_000; i++) {
      String s = "词" + random.nextInt(50);
      int got = ids.get(s);
      if (got != RecentIds.NONE) {
        assertEquals(truth.get(s), got, s);
        found++;
      }
      truth.putIfAbsent(s, truth.size());
      ids.put(s, truth.get(s));
    }
    // the last string of each slot is found again: the table does remember
    assertEquals(true, found > 0);
  }

  @Test
  void refusesATableOfNoSlots() {
    assertThrows(IllegalArgumentException.class, () -> new RecentIds(0));
  }
}
