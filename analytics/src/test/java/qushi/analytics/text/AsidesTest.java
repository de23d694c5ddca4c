package qushi.analytics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AsidesTest {
  private static List<String> notes(String paragraph) {
    List<String> out = new ArrayList<>();
    Asides.notes(paragraph, out::add);
    return out;
  }

  @Test
  void aNoteStandsAfterASentenceEndOrAtTheStart() {
    assertEquals(List.of("（笑声）", "（鼓掌）"), notes("（笑声）我们欢迎大家。（鼓掌）谢谢！"));
    // after a closing quote that follows a sentence end, and after ？ ! … too
    assertEquals(List.of("（笑）"), notes("他说：“好。”（笑）"));
    assertEquals(List.of("（笑）", "（笑）", "（笑）"), notes("是吗？（笑）好!（笑）嗯…（笑）"));
    // inside a sentence, after a quote that no sentence end precedes, or after another note: none
    assertEquals(List.of(), notes("坚持“三农”（农业农村农民）工作，"));
    assertEquals(List.of(), notes("民法典（草案）。"));
    assertEquals(List.of("（笑）"), notes("好。（笑）（鼓掌）"));
  }

  @Test
  void aNoteIsOneToEightChineseCharactersAndNoNumber() {
    assertEquals(List.of("（热烈鼓掌经久不息）"), notes("。（热烈鼓掌经久不息）"));
    assertEquals(List.of(), notes("。（热烈鼓掌经久不息啊啊）"), "nine characters");
    assertEquals(List.of(), notes("。（）"));
    assertEquals(List.of(), notes("。（laughter）"));
    assertEquals(List.of(), notes("。（一）。（十二）"), "list markers");
    // a character beyond the basic plane counts as one
    assertEquals(List.of("（𠀋笑）"), notes("。（𠀋笑）"));
    assertEquals(List.of(), notes("。（笑"), "unclosed");
  }

  @Test
  void theAsidesAreCutAndTheRestKept() {
    Set<String> asides = Set.of("（笑声）");
    assertEquals("我们欢迎大家。谢谢！", Asides.without("（笑声）我们欢迎大家。（笑声）谢谢！", asides));
    String afterNote = "好。（鼓掌）（笑声）";
    assertEquals(
        afterNote, Asides.without(afterNote, asides), "（笑声） follows a note, no sentence end");
    String none = "好。（鼓掌）";
    assertEquals(none, Asides.without(none, asides));
    assertEquals("好。", Asides.without("好。（笑声） ", asides), "stripped when cut");
  }
}
