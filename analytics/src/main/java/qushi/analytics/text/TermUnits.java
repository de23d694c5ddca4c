package qushi.analytics.text;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The units of a {@link TermLearner} run, by id: the atoms first (ids 0 to atoms − 1), then every
 * unit merged from two others, each with its text, its pieces, the kinds of its first and last
 * piece, whether it may stand at the edge of a term, and the statistics of the merge that made it.
 */
final class TermUnits {
  // units: atoms first (ids 0..atoms-1), then merged units
  final List<String> unitText = new ArrayList<>();
  final List<String> unitPieces = new ArrayList<>();
  final List<Byte> firstKind = new ArrayList<>();
  final List<Byte> lastKind = new ArrayList<>();
  // whether a unit may stand at the left / right edge of a term; whether it is made of single
  // characters only (a word the segmenter did not know: 营/商)
  final List<Boolean> leftEdge = new ArrayList<>();
  final List<Boolean> rightEdge = new ArrayList<>();
  final List<Boolean> singles = new ArrayList<>();
  // whether a unit holds a person's name (TermLearner.NAME): it may have any edge
  final List<Boolean> names = new ArrayList<>();
  final Map<String, Integer> unitIds = new HashMap<>();
  final Map<Integer, double[]> merges = new HashMap<>(); // unit -> {g2, npmi, fwd, bwd}
  // the unit each pair of units made: a pair merges into the same unit every time
  private final Long2IntOpenHashMap pairUnits = new Long2IntOpenHashMap();

  /** Creates the table of the atoms {@code atoms}, of kinds {@code atomKinds}. */
  TermUnits(String[] atoms, byte[] atomKinds) {
    pairUnits.defaultReturnValue(-1);
    for (int i = 0; i < atoms.length; i++) {
      unitText.add(atoms[i]);
      unitPieces.add(atoms[i]);
      boolean edge = (atomKinds[i] & TermLearner.INNER_ONLY) == 0;
      // a single noun character may end a term as its head (架构/师, 状态/机), never start one
      boolean head = (atomKinds[i] & 7) == TermLearner.NOMINAL;
      leftEdge.add(edge);
      rightEdge.add(edge || head);
      singles.add(atoms[i].codePointCount(0, atoms[i].length()) == 1);
      names.add((atomKinds[i] & TermLearner.NAME) != 0);
      firstKind.add(atomKinds[i]);
      lastKind.add(atomKinds[i]);
    }
  }

  /** Returns the id of the unit a + b, which {@link #unit} has made (no change: thread-safe). */
  int made(int a, int b) {
    return pairUnits.get((long) a << 32 | (b & 0xFFFFFFFFL));
  }

  /** Returns the id of the unit a + b, made if new. */
  int unit(int a, int b, double[] stats) {
    long pair = (long) a << 32 | (b & 0xFFFFFFFFL);
    int made = pairUnits.get(pair);
    if (made >= 0) return made;
    String text = unitText.get(a) + unitText.get(b);
    String pieces = unitPieces.get(a) + "/" + unitPieces.get(b);
    String key = pieces + '\u0000' + firstKind.get(a) + '\u0000' + lastKind.get(b);
    Integer id = unitIds.get(key);
    if (id == null) {
      id = unitText.size();
      unitIds.put(key, id);
      unitText.add(text);
      unitPieces.add(pieces);
      boolean bothSingle = singles.get(a) && singles.get(b);
      boolean name = names.get(a) || names.get(b);
      leftEdge.add(leftEdge.get(a) || bothSingle || name);
      rightEdge.add(rightEdge.get(b) || bothSingle || name);
      singles.add(bothSingle);
      names.add(name);
      firstKind.add(firstKind.get(a));
      lastKind.add(lastKind.get(b));
      merges.put(id, stats);
    }
    pairUnits.put(pair, id.intValue());
    return id;
  }
}
