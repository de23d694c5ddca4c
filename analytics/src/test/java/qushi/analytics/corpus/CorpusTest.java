package qushi.analytics.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qushi.analytics.core.BadInputException;

class CorpusTest {
  private static final String TEXT = "中关村论坛是世界观察中国与全球科技交流合作的重要窗口。\n新质生产力";
  private static final String HEADER = "id,file,year,title,source\n";

  @TempDir Path dir;

  private Path manifest(String rows) throws IOException {
    return Files.writeString(dir.resolve("corpus.csv"), HEADER + rows);
  }

  /** Lists the corpus and reads every document, as preparing it does. */
  private void readAll() {
    for (Document d : Corpus.load(dir).documents()) d.read();
  }

  private String problem(Runnable r) {
    return assertThrows(BadInputException.class, r::run).getMessage();
  }

  @Test
  void loadsTheSeedsInYearThenIdOrder() {
    Corpus c = Corpus.load(Path.of("../seeds"));
    assertEquals(5, c.documents().size());
    assertEquals(java.util.List.of(2021, 2024, 2026), java.util.List.copyOf(c.years()));
    assertEquals(
        java.util.List.of(
            "wlf2021-frontier",
            "zgc2021-future-industries",
            "pujiang2024-reports",
            "zgc2024-parallel-forums",
            "zgc2026-annual-meeting"),
        c.documents().stream().map(Document::id).toList());
    assertEquals("2026 中关村论坛年会报道", c.document("zgc2026-annual-meeting").orElseThrow().title());
  }

  @Test
  void decodesEveryEncodingToTheSameText() throws IOException {
    write(
        "a.txt",
        bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT, StandardCharsets.UTF_8));
    write("b.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    write("c.txt", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT, StandardCharsets.UTF_16LE));
    write("d.txt", bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT, StandardCharsets.UTF_16BE));
    write("e.txt", TEXT.repeat(3).getBytes(Charset.forName("GB18030")));
    write("f.txt", TEXT.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    write("g.txt", TEXT.repeat(3).getBytes(Charset.forName("GBK")));
    manifest(
        "a,a.txt,2021,,\n"
            + "b,b.txt,2021,,\n"
            + "c,c.txt,2021,,\n"
            + "d,d.txt,2021,,\n"
            + "e,e.txt,2021,,\n"
            + "f,f.txt,2021,,\n"
            + "g,g.txt,2021,,\n");
    Corpus c = Corpus.load(dir);
    for (Document d : c.documents()) {
      String expected = d.id().equals("e") || d.id().equals("g") ? TEXT.repeat(3) : TEXT;
      assertEquals(expected, d.read().text(), d.id());
    }
  }

  @Test
  void aMissingFileNamesTheOneThatDiffersInCaseOrExtensionOnly() throws IOException {
    write("gwr-1980.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    Files.writeString(dir.resolve("corpus.csv"), "id,file,year\na,GWR-1980.txt,1980\n");
    if (Files.exists(dir.resolve("GWR-1980.txt"))) {
      // a file system that ignores letter case finds the file
      assertEquals(1, Corpus.load(dir).documents().size());
      return;
    }
    assertLoadFails(
        "GWR-1980.txt: listed in "
            + dir.resolve("corpus.csv")
            + " (line 2) but not found; there is gwr-1980.txt: names are case-sensitive");
    Files.writeString(dir.resolve("corpus.csv"), "id,file,year\na,other.txt,1980\n");
    assertLoadFails("(line 2) but not found");
    // several files not found: every one named, in one line, in the manifest's order
    Files.writeString(
        dir.resolve("corpus.csv"),
        "file,year\n"
            + "b.txt,1980\n"
            + "gwr-1980.txt,1980\n"
            + "c.txt,1981\n"
            + "d.txt,1982\n"
            + "e.txt,1983\n"
            + "f.txt,1984\n");
    assertEquals(
        dir.resolve("b.txt")
            + ": listed in "
            + dir.resolve("corpus.csv")
            + " (line 2) but not found; 4 more listed files not found: c.txt (line 4), d.txt (line"
            + " 5), e.txt (line 6), …",
        problem(() -> Corpus.load(dir)));
    Files.writeString(dir.resolve("corpus.csv"), "file,year\nb.txt,1980\nc.txt,1981\n");
    assertLoadFails("(line 2) but not found; 1 more listed file not found: c.txt (line 3)");
    // a name without its extension, as a list of titles gives it
    Files.writeString(dir.resolve("corpus.csv"), "id,file,year\na,gwr-1980,1980\n");
    assertLoadFails("(line 2) but not found; there is gwr-1980.txt: write the file's extension");
    write("gwr-1980.pdf", TEXT.getBytes(StandardCharsets.UTF_8));
    assertLoadFails(
        "not found; there is gwr-1980.pdf and gwr-1980.txt: write the file's extension");
    Files.delete(dir.resolve("gwr-1980.pdf"));
    // a path written as Windows writes it
    Files.createDirectories(dir.resolve("sub"));
    write("sub/a.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    Files.writeString(dir.resolve("corpus.csv"), "id,file,year\na,sub\\a.txt,1980\n");
    assertLoadFails(
        "(line 2) but not found; write the folders of a path with /, not \\ (sub/a.txt)");
  }

  @Test
  void rejectsAMissingFolderAndManifest() throws IOException {
    assertTrue(
        problem(() -> Corpus.load(dir.resolve("nope"))).endsWith("nope: corpus folder not found"));
    assertTrue(problem(() -> Corpus.load(dir)).contains("corpus.csv: manifest not found"));
    Path file = Files.writeString(dir.resolve("x.txt"), "x");
    assertTrue(problem(() -> Corpus.load(file)).contains("not a folder"));
  }

  @Test
  void rejectsBadManifests() throws IOException {
    write("a.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    Files.writeString(dir.resolve("corpus.csv"), "id,file\na,a.txt\n");
    assertTrue(problem(() -> Corpus.load(dir)).contains("missing column 'year'"));
    manifest("a,a.txt,twenty,,\n");
    assertTrue(problem(() -> Corpus.load(dir)).contains("line 2: year 'twenty' is not a number"));
    manifest("a,a.txt,2016-13-05,,\n");
    assertTrue(
        problem(() -> Corpus.load(dir)).contains("year '2016-13-05' is a date with no month 13"));
    // a spreadsheet's month/day/year: no four-digit year to take
    manifest("a,a.txt,3/5/16,,\n");
    assertTrue(problem(() -> Corpus.load(dir)).contains("year '3/5/16' is not a number"));
    Files.writeString(dir.resolve("corpus.csv"), "id|file|year\na|a.txt|2021\n");
    assertTrue(
        problem(() -> Corpus.load(dir))
            .contains("columns must be separated by commas, tabs or semicolons"),
        problem(() -> Corpus.load(dir)));
    manifest("a,a.txt,2021,,\na,a.txt,2024,,\n");
    assertTrue(problem(() -> Corpus.load(dir)).contains("line 3: duplicate id 'a'"));
    manifest("a,a.txt,2021\n");
    assertTrue(problem(() -> Corpus.load(dir)).contains("line 2: expected 5 fields, found 3"));
    // a carriage return pasted into a title ends the row there: the error says so
    manifest("a,a.txt,2021,第一\r部分,\n");
    assertTrue(
        problem(() -> Corpus.load(dir))
            .contains(
                "line 2: expected 5 fields, found 4 (the file holds a carriage return inside a"
                    + " line, which ends a row there: remove it, or quote the field)"),
        problem(() -> Corpus.load(dir)));
    Files.writeString(dir.resolve("corpus.csv"), "id,file,year,title,title\na,a.txt,2021,x,y\n");
    assertTrue(
        problem(() -> Corpus.load(dir))
            .endsWith("corpus.csv: the header names column 'title' twice"),
        problem(() -> Corpus.load(dir)));
    manifest("a,a.txt,2021,\"unclosed,\n");
    assertTrue(
        problem(() -> Corpus.load(dir))
            .endsWith(
                "corpus.csv: malformed CSV: line 2: a quoted field is not closed (EOF reached"
                    + " before encapsulated token finished)"),
        problem(() -> Corpus.load(dir)));
    manifest("");
    assertTrue(problem(() -> Corpus.load(dir)).contains("manifest lists no documents"));
    manifest(",a.txt,2021,,\n");
    assertTrue(problem(() -> Corpus.load(dir)).contains("line 2: id '' must be non-empty"));
    // a year in full-width digits, and a compact date, as file names may start with one
    manifest("a,a.txt,２０２１,,\n");
    assertEquals(2021, Corpus.load(dir).documents().get(0).year());
    manifest("a,a.txt,20210315,,\n");
    assertEquals(2021, Corpus.load(dir).documents().get(0).year());
    manifest("a,a.txt,20211315,,\n");
    assertTrue(
        problem(() -> Corpus.load(dir)).contains("year '20211315' is a date with no month 13"),
        problem(() -> Corpus.load(dir)));
    // the line is the file's own: a title over two lines and a blank line come before the row
    write("b.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    manifest("a,a.txt,2021,\"标题\n带换行\",\n\nb,b.txt,20x0,,\n");
    assertTrue(
        problem(() -> Corpus.load(dir)).contains("line 5: year '20x0' is not a number"),
        problem(() -> Corpus.load(dir)));
  }

  @Test
  void aFewBytesNoEncodingReadsAreLostCharactersNotABinaryFile() throws IOException {
    // a saved page's GBK title cut after the first byte of 激 ("激…" shortened by bytes), then more
    // text: no encoding reads every byte, and GB18030 reads all but that one
    byte[] cut = java.util.Arrays.copyOf("激".getBytes(Charset.forName("GBK")), 1);
    byte[] text =
        concat(
            "花季少女".getBytes(Charset.forName("GBK")),
            cut,
            "...\n".getBytes(StandardCharsets.US_ASCII),
            TEXT.getBytes(Charset.forName("GBK")));
    write("cut.txt", text);
    manifest("a,cut.txt,2021,,\n");
    assertEquals("花季少女\uFFFD...\n" + TEXT, Corpus.load(dir).documents().get(0).read().text());
    // bytes that no encoding reads at all are still no text
    byte[] noise = new byte[400];
    for (int i = 0; i < noise.length; i++)
      noise[i] = (byte) (i % 4 < 2 ? 0xD8 : 0xFF); // a surrogate UTF-16 cannot pair
    write("noise.txt", noise);
    manifest("a,noise.txt,2021,,\n");
    assertTrue(problem(() -> readAll()).contains("noise.txt: binary or undecodable file"));
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }

  @Test
  void rejectsMissingEmptyAndBinaryFiles() throws IOException {
    manifest("a,missing.txt,2021,,\n");
    assertTrue(problem(() -> Corpus.load(dir)).contains("missing.txt: listed in"));
    write("empty.txt", new byte[0]);
    manifest("a,empty.txt,2021,,\n");
    assertTrue(problem(() -> readAll()).endsWith("empty.txt: file is empty"));
    write("blank.txt", " \n\n ".getBytes(StandardCharsets.UTF_8));
    manifest("a,blank.txt,2021,,\n");
    assertTrue(problem(() -> readAll()).endsWith("blank.txt: file has no text (only whitespace)"));
    write("bin.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
    manifest("a,bin.txt,2021,,\n");
    assertTrue(problem(() -> readAll()).contains("bin.txt: binary file"));
  }

  @Test
  void takesYearsFromFileNamesWhenAsked() throws IOException {
    write("2023-alpha.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    write("2025_beta.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    // a date written without marks starts with its year too
    write("20191226.md", TEXT.getBytes(StandardCharsets.UTF_8));
    Corpus c = Corpus.loadByFileName(dir);
    assertEquals(java.util.List.of(2019, 2023, 2025), years(c));
    assertEquals("20191226", c.documents().get(0).id());
    assertEquals("2023-alpha", c.documents().get(1).id());
    // but a longer number, one that is no date, or six digits (190512: 2019-05-12) is no year
    String[][] named = {
      {"190512.txt", "no year in the file name"},
      {"2019122612.txt", "no year in the file name or its folders"},
      {"20191341.txt", "no year in the file name"},
      {"notes.txt", "no year in the file name or its folders"}
    };
    for (String[] n : named) {
      write(n[0], TEXT.getBytes(StandardCharsets.UTF_8));
      assertTrue(problem(() -> Corpus.loadByFileName(dir)).contains(n[0] + ": " + n[1]), n[0]);
      Files.delete(dir.resolve(n[0]));
    }
  }

  @Test
  void yearsFromFileNamesAreFoundWhereverTheNameOrAFolderHoldsThem() throws IOException {
    // names as files are saved by those who collect them: a year after a word, a date inside a
    // document number, a document number with its year, full-width digits, Chinese numerals
    String[][] cases = {
      {"政府工作报告2019.txt", "2019"},
      {"central-20130821-001.txt", "2013"},
      {"国发〔2017〕35号.md", "2017"},
      {"report_２０２１_final.txt", "2021"},
      {"二〇一六年工作报告.txt", "2016"},
      {"关于二零二二年预算的报告.txt", "2022"},
      // a year that starts the name is the year, whatever follows
      {"2016-2020规划.txt", "2016"},
      // a folder a year: the nearest folder that holds one, when the name holds none
      {"2018/工作报告.txt", "2018"},
      {"2010s/2015年/讲话.txt", "2015"},
      // the name before its folder
      {"2018/讲话-2014.txt", "2014"},
      // GB/T 33190: five digits, no year; the standard's year after it is one
      {"GB-T 33190-2016.txt", "2016"},
    };
    for (String[] c : cases) {
      texts(c[0]);
      Corpus corpus = Corpus.loadByFileName(dir);
      assertEquals(List.of(Integer.parseInt(c[1])), years(corpus), c[0]);
      assertEquals(c[0], corpus.documents().get(0).file());
      Files.delete(dir.resolve(c[0]));
    }
    // a name of two years not at its start names none
    assertRefusedByName(
        "十三五规划2016-2020.txt",
        "file name holds several years (2016, 2020), and which is the file's is not clear: give"
            + " each file its year in corpus.csv");
    // every file without a year is named, in one line
    texts("2020-a.txt", "notes.txt", "readme.md", "x/data.txt", "y.txt", "z.txt");
    assertEquals(
        dir.resolve("notes.txt")
            + ": no year in the file name or its folders (e.g. 2023-name.txt, report-20231226.pdf,"
            + " 2023/name.docx); 4 more files whose year cannot be read: readme.md, x/data.txt,"
            + " y.txt, …",
        problem(() -> Corpus.loadByFileName(dir)));
    for (String name :
        List.of("2020-a.txt", "notes.txt", "readme.md", "x/data.txt", "y.txt", "z.txt")) {
      Files.delete(dir.resolve(name));
    }
    // a year inside a longer number is none
    assertRefusedByName(
        "docs/编号120190.txt",
        "no year in the file name or its folders (e.g. 2023-name.txt, report-20231226.pdf,"
            + " 2023/name.docx)");
  }

  /**
   * Checks that a folder of the one file {@code file} is refused, read by file names, with the
   * message {@code problem} after the file's path; the file is deleted after.
   */
  private void assertRefusedByName(String file, String problem) throws IOException {
    Path path = texts(file);
    assertEquals(path + ": " + problem, problem(() -> Corpus.loadByFileName(dir)));
    Files.delete(path);
  }

  @Test
  void yearsFromFileNamesRefuseALinkToAFileOutsideTheFolder(@TempDir Path elsewhere)
      throws IOException {
    write("2023-alpha.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "机密：内部资料一二三。");
    Files.createSymbolicLink(dir.resolve("2024-secret.txt"), secret);
    assertEquals(
        dir.resolve("2024-secret.txt")
            + ": a link to a file outside the corpus folder ("
            + secret.toRealPath()
            + "; --allow-files-outside lifts this)",
        problem(() -> Corpus.loadByFileName(dir)));
    assertEquals(2, Corpus.loadByFileName(dir, true).documents().size());
    // a link within the folder is a file of it
    Files.delete(dir.resolve("2024-secret.txt"));
    Files.createSymbolicLink(dir.resolve("2024-alpha.txt"), dir.resolve("2023-alpha.txt"));
    assertEquals(2, Corpus.loadByFileName(dir).documents().size());
  }

  @Test
  void yearsFromFileNamesReadSubfolders() throws IOException {
    // a corpus kept in folders by kind: every file found, its path in the folder as its file
    Files.createDirectories(dir.resolve("speech"));
    Files.createDirectories(dir.resolve(".git"));
    write("speech/2019-new-year.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    write("2021-report.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    write(".git/2020-config.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    Corpus c = Corpus.loadByFileName(dir);
    assertEquals(
        java.util.List.of("2019-new-year", "2021-report"),
        c.documents().stream().map(d -> d.id()).toList());
    assertEquals("speech/2019-new-year.txt", c.documents().get(0).file());
    // a name that stands in two folders is known by its path there
    Files.createDirectories(dir.resolve("letters"));
    write("letters/2019-new-year.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    assertEquals(
        java.util.List.of("letters/2019-new-year", "speech/2019-new-year", "2021-report"),
        Corpus.loadByFileName(dir).documents().stream().map(d -> d.id()).toList());
    Files.delete(dir.resolve("letters/2019-new-year.txt"));
    write("speech/ARTI15.html", TEXT.getBytes(StandardCharsets.UTF_8));
    assertTrue(
        problem(() -> Corpus.loadByFileName(dir))
            .contains("ARTI15.html: no year in the file name or its folders"));
    // a folder with a manifest and no dated file: the message says where the manifest is read
    Files.delete(dir.resolve("speech/ARTI15.html"));
    Files.delete(dir.resolve("speech/2019-new-year.txt"));
    Files.delete(dir.resolve("2021-report.txt"));
    manifest("a,a.txt,2021,,\n");
    assertTrue(
        problem(() -> Corpus.loadByFileName(dir))
            .endsWith("its corpus.csv is read without --years-from-filenames"),
        problem(() -> Corpus.loadByFileName(dir)));
  }

  @Test
  void rowsOfBlankFieldsAsASpreadsheetSavesThemHoldNoDocument() throws IOException {
    twoTexts("id,file,year,title\r\na,a.txt,2021,一\r\n,,,\r\nb,b.txt,2022,二\r\n,,,\r\n   \r\n");
    assertEquals(
        List.of("a", "b"), Corpus.load(dir).documents().stream().map(Document::id).toList());
  }

  @Test
  void aSpreadsheetsHeaderInCapitalsAndItsTrailingCommasAreRead() throws IOException {
    // ID, File, Year as a spreadsheet's header has them; a header and rows ending in a comma
    twoTexts("ID,File,Year,Source,\na,a.txt,2021,省,\nb,b.txt,2022,市,\n");
    Corpus c = Corpus.load(dir);
    assertEquals(List.of(2021, 2022), years(c));
    assertEquals("市", c.documents().get(1).value("Source"));
    assertEquals(
        java.util.Set.of("id", "file", "year", "Source"), c.documents().get(0).metadata().keySet());
    // rows ending in a comma the header lacks
    Files.writeString(dir.resolve("corpus.csv"), "id,file,year\na,a.txt,2021,\nb,b.txt,2022, \n");
    assertEquals(2, Corpus.load(dir).documents().size());
    // but a field past the header's columns that holds something is an error still
    Files.writeString(dir.resolve("corpus.csv"), "id,file,year\na,a.txt,2021,甲\n");
    assertLoadFails("line 2: expected 3 fields, found 4");
    // and a column named twice in two cases is named twice, as the header writes it
    Files.writeString(dir.resolve("corpus.csv"), "id,ID,file,year\na,a,a.txt,2021\n");
    assertLoadFails("columns 'id' and 'ID' both give the id");
    Files.writeString(dir.resolve("corpus.csv"), "id,id,file,year\na,a,a.txt,2021\n");
    assertLoadFails("the header names column 'id' twice");
  }

  @Test
  void aDateColumnGivesTheYearsOfAManifestWithoutOne() throws IOException {
    // a news or forum export dates its rows and has no year column
    twoTexts("id,file,date,title\na,a.txt,2016-03-05,甲\nb,b.txt,2017年3月5日,乙\n");
    Corpus c = Corpus.load(dir);
    assertEquals(List.of(2016, 2017), years(c));
    assertEquals("2016-03-05", c.documents().get(0).value("date"));
    // a year column wins over a date column
    Files.writeString(dir.resolve("corpus.csv"), "id,file,date,year\na,a.txt,2016-03-05,2020\n");
    assertEquals(2020, Corpus.load(dir).documents().get(0).year());
    // a date that is none is named with its column
    Files.writeString(dir.resolve("corpus.csv"), "id,file,date\na,a.txt,yesterday\n");
    assertLoadFails(
        "line 2: date 'yesterday' is not a number between 1 and 9999 or a date that starts with one"
            + " (2016-03-05)");
    Files.writeString(dir.resolve("corpus.csv"), "id,file,when\na,a.txt,2016\n");
    assertLoadFails("missing column 'year' (or 'date') (header is [id, file, when])");
  }

  @Test
  void aManifestWithoutIdsNamesEachDocumentByItsFile() throws IOException {
    // a list of files and years from a spreadsheet: the ids --years-from-filenames would give
    texts("2023 (1).txt", "speech/报告.v2.txt", "speech/致辞.txt", "letters/致辞.txt");
    Files.writeString(
        dir.resolve("corpus.csv"),
        "file,year,source\n2023 (1).txt,2023,部\nspeech/报告.v2.txt,2024,省\n"
            + "speech/致辞.txt,2024,省\nletters/致辞.txt,2025,市\n");
    Corpus c = Corpus.load(dir);
    assertEquals(
        List.of("2023 (1)", "speech/致辞", "报告.v2", "letters/致辞"),
        c.documents().stream().map(Document::id).toList());
    assertEquals("2023 (1)", c.documents().get(0).value("id"));
    assertEquals(List.of(2023, 2024, 2024, 2025), years(c));
    assertEquals("市", c.documents().get(3).value("source"));
    readAll();
    // one file listed twice gives one id twice: the message says where the id came from
    Files.writeString(
        dir.resolve("corpus.csv"), "file,year\n2023 (1).txt,2023\n2023 (1).txt,2024\n");
    assertLoadFails(
        "line 3: duplicate id '2023 (1)' (the file's name without its extension; add an id"
            + " column)");
    Files.writeString(dir.resolve("corpus.csv"), "file,year\n,2023\n");
    assertLoadFails("line 2: empty file name");
  }

  @Test
  void aSheetHeadedInChineseAndSavedWithTabsOrSemicolonsIsAManifest() throws IOException {
    write("a.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    write("b.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    // as a spreadsheet of documents made in Chinese heads its columns, saved by Excel as CSV on a
    // Chinese system (GB18030), as tab-separated text (UTF-16), and as CSV where a comma is the
    // decimal mark (semicolons)
    String[] sheets = {
      "编号,文件名,年份,标题,来源\nx,a.txt,2019,一,部\ny,b.txt,2021年,二,省\n",
      "编号\t文件名\t年份\t标题\t来源\nx\ta.txt\t2019\t一\t部\ny\tb.txt\t2021年\t二,三\t省\n",
      "编号;文件名;年份;标题;来源\nx;a.txt;2019;一;部\ny;b.txt;2021年;二,三;省\n"
    };
    Charset[] charsets = {
      Charset.forName("GB18030"), StandardCharsets.UTF_16, StandardCharsets.UTF_8
    };
    for (int i = 0; i < sheets.length; i++) {
      Files.write(dir.resolve("corpus.csv"), sheets[i].getBytes(charsets[i]));
      Corpus c = Corpus.load(dir);
      assertEquals(List.of("x", "y"), c.documents().stream().map(Document::id).toList(), sheets[i]);
      assertEquals(List.of(2019, 2021), years(c));
      assertEquals("b.txt", c.documents().get(1).file());
      // the other columns keep their own names: --strata 来源
      assertEquals("省", c.documents().get(1).value("来源"));
      assertEquals(i == 0 ? "二" : "二,三", c.documents().get(1).value("标题"));
      readAll();
    }
    // a date column in Chinese gives the year, and no id column the files' names
    Files.writeString(dir.resolve("corpus.csv"), "文件,发布日期\na.txt,2018-05-04\nb.txt,2020/1/2\n");
    assertEquals(List.of(2018, 2020), years(Corpus.load(dir)));
    assertEquals("a", Corpus.load(dir).documents().get(0).id());
    // two columns that give one thing: the message names both as the header writes them
    Files.writeString(dir.resolve("corpus.csv"), "file,year,年份\na.txt,2018,2019\n");
    assertLoadFails("columns 'year' and '年份' both give the year");
  }

  @Test
  void aManifestMayHoldTheTextsThemselvesARowAPost() throws IOException {
    // posts exported from a forum: a date, the text (one over two lines, quoted), the user; a
    // deleted post has no text
    Files.write(
        dir.resolve("corpus.csv"),
        ("发布时间,内容,用户\n"
                + "2019-03-01 08:00,数字经济发展很快。,甲\n"
                + "2019-05-02,,乙\n"
                + "2021-07-09,\"数字经济要规范发展。\n数字经济，大家都在谈。\",丙\n"
                + "2021/8/1,人工智能也是。,甲\n")
            .getBytes(Charset.forName("GB18030")));
    Corpus c = Corpus.load(dir);
    assertEquals(
        List.of("r0001", "r0003", "r0004"), c.documents().stream().map(Document::id).toList());
    assertEquals(List.of(2019, 2021, 2021), years(c));
    // the row's line is its file; the third row starts on line 4
    assertEquals(
        List.of("corpus.csv:2", "corpus.csv:4", "corpus.csv:6"),
        c.documents().stream().map(Document::file).toList());
    assertEquals("数字经济要规范发展。\n数字经济，大家都在谈。", c.documents().get(1).read().text());
    // the text is no column: the others are, those qushi reads by the names it knows them by
    assertEquals("丙", c.documents().get(1).value("用户"));
    assertEquals(
        List.of("date", "用户", "file", "id"), List.copyOf(c.documents().get(1).metadata().keySet()));
    // counted by hand: 数字经济 once in 2019, twice in 2021 (the post of two lines)
    var counts =
        qushi.analytics.prepare.PreparedCorpus.of(c).count(List.of("数字经济")).stream()
            .map(t -> t.year() + " " + t.count())
            .toList();
    assertEquals(List.of("2019 1", "2021 2"), counts);
    // with ids of its own, and with a file column beside the text, the file is the document
    Files.writeString(dir.resolve("corpus.csv"), "id,year,text\nx,2020,一句话。\n");
    assertEquals("x", Corpus.load(dir).documents().get(0).id());
    Files.writeString(dir.resolve("corpus.csv"), "Date,Content\n2020-01-01,一句话。\n");
    assertEquals("一句话。", Corpus.load(dir).documents().get(0).read().text());
    write("a.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    Files.writeString(dir.resolve("corpus.csv"), "file,year,text\na.txt,2020,摘要\n");
    assertEquals(TEXT, Corpus.load(dir).documents().get(0).read().text());
    Files.writeString(dir.resolve("corpus.csv"), "year,title\n2020,一\n");
    assertLoadFails(
        "missing column 'file' (or 'text', each document's text in the manifest itself) (header"
            + " is [year, title])");
  }

  @Test
  void aManifestKeptInExcelIsReadFromItsFirstSheet() throws IOException {
    write("a.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    write("b.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      var sheet = book.createSheet("文件");
      var dates = book.createCellStyle();
      // a date shown as the sheet's own short format writes it: 3/5/19
      dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
      var head = sheet.createRow(0);
      head.createCell(0).setCellValue("文件名");
      head.createCell(1).setCellValue("日期");
      head.createCell(2).setCellValue("标题");
      var first = sheet.createRow(1);
      first.createCell(0).setCellValue("a.txt");
      first.createCell(1).setCellValue(java.time.LocalDate.of(2019, 3, 5));
      first.getCell(1).setCellStyle(dates);
      first.createCell(2).setCellValue("一");
      // row 3 left empty, and the last row short of its title: the year a number
      var second = sheet.createRow(3);
      second.createCell(0).setCellValue("b.txt");
      second.createCell(1).setCellValue(2021);
      book.createSheet("其他").createRow(0).createCell(0).setCellValue("not read");
      try (var out = Files.newOutputStream(dir.resolve("corpus.xlsx"))) {
        book.write(out);
      }
    }
    Corpus c = Corpus.load(dir);
    assertEquals(List.of("a", "b"), c.documents().stream().map(Document::id).toList());
    assertEquals(List.of(2019, 2021), years(c));
    assertEquals("一", c.documents().get(0).value("标题"));
    assertEquals(dir.resolve("corpus.xlsx"), c.manifest().file());
    readAll();
    // a problem is named by the row's number in the sheet
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      var sheet = book.createSheet();
      sheet.createRow(0).createCell(0).setCellValue("year");
      sheet.getRow(0).createCell(1).setCellValue("text");
      sheet.createRow(4).createCell(0).setCellValue("明年");
      sheet.getRow(4).createCell(1).setCellValue("一句话。");
      try (var out = Files.newOutputStream(dir.resolve("corpus.xlsx"))) {
        book.write(out);
      }
    }
    assertLoadFails(
        "corpus.xlsx: line 5: year '明年' is not a number between 1 and 9999 or a date that starts"
            + " with one (2016-03-05)");
    // a file that is no workbook
    Files.writeString(dir.resolve("corpus.xlsx"), "file,year\n");
    assertTrue(
        problem(() -> Corpus.load(dir)).contains("corpus.xlsx: not a workbook that can be read"),
        problem(() -> Corpus.load(dir)));
    // corpus.csv comes first
    Files.writeString(dir.resolve("corpus.csv"), "file,year\na.txt,2020\n");
    assertEquals(List.of(2020), years(Corpus.load(dir)));
  }

  @Test
  void aDateInTheYearColumnGivesItsYear() throws IOException {
    write("a.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    write("b.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    write("c.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    Files.writeString(
        dir.resolve("corpus.csv"),
        "id,file,year\na,a.txt,2016-03-05\nb,b.txt,2017/3/5\nc,c.txt,2018年3月5日\n"
            + "d,d.txt,2019年\ne,e.txt,2020-03-05 10:00:00\n");
    write("d.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    write("e.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    List<Integer> years = Corpus.load(dir).documents().stream().map(Document::year).toList();
    assertEquals(List.of(2016, 2017, 2018, 2019, 2020), years);
    // a year written as a number with decimals, as a data frame writes a column with blanks
    Files.writeString(dir.resolve("corpus.csv"), "id,file,year\na,a.txt,1985.0\nb,b.txt,2016.00\n");
    assertEquals(
        List.of(1985, 2016), Corpus.load(dir).documents().stream().map(Document::year).toList());
    Files.writeString(dir.resolve("corpus.csv"), "id,file,year\na,a.txt,2019-13-45\n");
    BadInputException e = assertThrows(BadInputException.class, () -> Corpus.load(dir));
    assertTrue(
        e.getMessage()
            .endsWith("line 2: year '2019-13-45' is a date with no month 13 (2016-03-05)"),
        e.getMessage());
    for (String[] bad :
        new String[][] {
          {"2019-02-45", "is a date with no day 45"},
          {"2019-02-29", "is a date with no day 29"},
          {"0", "is not a number between 1 and 9999"},
          {"0000", "is not a number between 1 and 9999"},
          {"0000-01-01", "is a date with year 0"},
          {"2016-03-05T25:00", "is a date with no time 25:00"},
          {"2016-03-05 10:61", "is a date with no time 10:61"}
        }) {
      Files.writeString(dir.resolve("corpus.csv"), "id,file,year\na,a.txt," + bad[0] + "\n");
      String message = assertThrows(BadInputException.class, () -> Corpus.load(dir)).getMessage();
      assertTrue(message.contains(bad[1]), message);
    }
    Files.writeString(dir.resolve("corpus.csv"), "id,file,year\na,a.txt,2020-02-29\n");
    assertEquals(2020, Corpus.load(dir).documents().get(0).year());
    // timestamps as exports of posts give them: with a zone and fractions of a second, and as a
    // microblog's interface (the year last) or a feed (RFC 1123) writes them; the year is the one
    // written, in its zone (23:30 at -05:00 on 31 December is still that year)
    String[][] stamps = {
      {"2016-03-05T10:00:00+08:00", "2016"},
      {"2016-03-05T10:00:00Z", "2016"},
      {"2016-03-05T10:00:00.000Z", "2016"},
      {"2016-03-05 10:00:00.123", "2016"},
      {"2016-12-31T23:30:00-05:00", "2016"},
      {"Sat Mar 05 10:00:00 +0800 2016", "2016"},
      {"Sat, 5 Mar 2016 10:00:00 GMT", "2016"}
    };
    for (String[] stamp : stamps) {
      Files.writeString(dir.resolve("corpus.csv"), "file,date\na.txt,\"" + stamp[0] + "\"\n");
      assertEquals(
          Integer.parseInt(stamp[1]), Corpus.load(dir).documents().get(0).year(), stamp[0]);
    }
    // a day of the week that is not the date's is no date
    Files.writeString(
        dir.resolve("corpus.csv"), "file,date\na.txt,\"Mon Mar 05 10:00:00 +0800 2016\"\n");
    assertTrue(problem(() -> Corpus.load(dir)).contains("is not a number between 1 and 9999"));
  }

  @Test
  void buildsInMemoryCorpora() {
    Corpus c = Corpus.ofTexts(2024, "甲", 2021, "乙");
    assertEquals("doc02", c.documents().get(0).id());
    assertEquals(2021, c.documents().get(0).year());
    assertThrows(IllegalArgumentException.class, () -> Corpus.ofTexts(2024));
  }

  /** Checks that loading the corpus fails with a message that ends with {@code end}. */
  private void assertLoadFails(String end) {
    String problem = problem(() -> Corpus.load(dir));
    assertTrue(problem.endsWith(end), problem);
  }

  /** Returns the years of the corpus's documents, in order. */
  private static List<Integer> years(Corpus c) {
    return c.documents().stream().map(Document::year).toList();
  }

  /** Writes a.txt and b.txt, both {@link #TEXT}, and this manifest. */
  private void twoTexts(String manifest) throws IOException {
    write("a.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    write("b.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    Files.writeString(dir.resolve("corpus.csv"), manifest);
  }

  /**
   * Writes {@link #TEXT} to each of {@code names} (paths in the folder, their folders made) and
   * returns the last one's path.
   */
  private Path texts(String... names) throws IOException {
    Path last = null;
    for (String name : names) {
      last = dir.resolve(name);
      Files.createDirectories(last.getParent());
      Files.writeString(last, TEXT);
    }
    return last;
  }

  private void write(String name, byte[] content) throws IOException {
    Files.write(dir.resolve(name), content);
  }

  private static byte[] bytes(byte[] bom, String text, Charset cs) {
    byte[] body = text.getBytes(cs);
    byte[] out = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, out, 0, bom.length);
    System.arraycopy(body, 0, out, bom.length, body.length);
    return out;
  }
}
