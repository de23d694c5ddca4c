package qushi.analytics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CharNgramsTest {
  @Test
  void countsAndEntropiesWorkedOutByHand() {
    // 靶点 four times: after 物, 的, the start of a run (after "，") and 的; before 研, 需, 需 and
    // the end of a run
    String text = "药物靶点研究，靶点需要的靶点需要1的靶点。";
    CharNgrams.Gram g =
        CharNgrams.of(text, 4, 2, 0, 0).stream()
            .filter(x -> x.text().equals("靶点"))
            .findFirst()
            .orElseThrow();
    assertEquals(4, g.frequency());
    // left: 物 1, 的 2, run start 1 -> -(1/4 ln 1/4)·2 - 2/4 ln 2/4
    double left = -2 * 0.25 * Math.log(0.25) - 0.5 * Math.log(0.5);
    assertEquals(left, g.leftEntropy(), 1e-12);
    // right: 研 1, 需 2, run end 1
    assertEquals(left, g.rightEntropy(), 1e-12);
    // 18 characters in runs (the digit and the marks are not); f(靶) = f(点) = 4
    assertEquals(4.0 * 18 / (4 * 4), g.aggregation(), 1e-12);
  }

  @Test
  void agreesWithCountingEverySubstring() {
    Random random = new Random(7);
    String alphabet = "天地人和中国发展AB，1";
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + random.nextInt(120);
      for (int i = 0; i < len; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String text = sb.toString();
      int maxLength = 2 + random.nextInt(5);
      int minFrequency = 2 + random.nextInt(2);
      // no thresholds in half the rounds, some in the others
      double minEntropy = round % 2 == 0 ? 0 : 0.5;
      double minAggregation = round % 2 == 0 ? 0 : 3;
      Map<String, CharNgrams.Gram> fast = new TreeMap<>();
      for (CharNgrams.Gram g :
          CharNgrams.of(text, maxLength, minFrequency, minEntropy, minAggregation)) {
        fast.put(g.text(), g);
      }
      Map<String, CharNgrams.Gram> slow = bruteForce(text, maxLength, minFrequency);
      slow.values()
          .removeIf(
              g ->
                  Math.min(g.leftEntropy(), g.rightEntropy()) < minEntropy
                      || g.aggregation() < minAggregation);
      assertEquals(slow.keySet(), fast.keySet(), text);
      for (String w : slow.keySet()) {
        CharNgrams.Gram a = slow.get(w);
        CharNgrams.Gram b = fast.get(w);
        assertEquals(a.frequency(), b.frequency(), w + " in " + text);
        assertEquals(a.leftEntropy(), b.leftEntropy(), 1e-9, w + " in " + text);
        assertEquals(a.rightEntropy(), b.rightEntropy(), 1e-9, w + " in " + text);
        assertEquals(a.aggregation(), b.aggregation(), 1e-9, w + " in " + text);
      }
    }
  }

  /** Every substring counted directly, with its neighbours, from the definitions. */
  private static Map<String, CharNgrams.Gram> bruteForce(String text, int maxLength, int min) {
    Map<String, List<Integer>> at = new HashMap<>();
    long characters = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!CharNgrams.inRun(text.charAt(i))) continue;
      characters++;
      for (int j = i + 1; j <= Math.min(text.length(), i + maxLength); j++) {
        if (!CharNgrams.inRun(text.charAt(j - 1))) break;
        at.computeIfAbsent(text.substring(i, j), x -> new ArrayList<>()).add(i);
      }
    }
    Map<String, CharNgrams.Gram> out = new TreeMap<>();
    for (var e : at.entrySet()) {
      String w = e.getKey();
      List<Integer> where = e.getValue();
      if (w.length() < 2 || where.size() < min) continue;
      List<String> left = new ArrayList<>();
      List<String> right = new ArrayList<>();
      int edge = 0;
      for (int i : where) {
        left.add(
            i > 0 && CharNgrams.inRun(text.charAt(i - 1)) ? "" + text.charAt(i - 1) : "^" + edge++);
        int end = i + w.length();
        right.add(
            end < text.length() && CharNgrams.inRun(text.charAt(end))
                ? "" + text.charAt(end)
                : "$" + edge++);
      }
      double aggregation = Double.POSITIVE_INFINITY;
      for (int k = 1; k < w.length(); k++) {
        double fa = at.get(w.substring(0, k)).size();
        double fb = at.get(w.substring(k)).size();
        aggregation = Math.min(aggregation, where.size() * (double) characters / (fa * fb));
      }
      out.put(w, new CharNgrams.Gram(w, where.size(), entropy(left), entropy(right), aggregation));
    }
    return out;
  }

  private static double entropy(List<String> neighbours) {
    Map<String, Integer> n = new HashMap<>();
    for (String s : neighbours) n.merge(s, 1, Integer::sum);
    double h = 0;
    for (int k : n.values()) {
      double p = (double) k / neighbours.size();
      h -= p * Math.log(p);
    }
    return h;
  }
}
