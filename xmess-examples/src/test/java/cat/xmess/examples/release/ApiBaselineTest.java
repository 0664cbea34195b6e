package cat.xmess.examples.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The API compatibility check cannot be switched off by accident: the baseline the parent POM names
 * is committed under {@code api/}, holds classes of both API artifacts, is not newer than the
 * build, and on the baseline's own release line (same major, and same minor while the major is 0)
 * a break of its API fails the build ({@code xmess.api.enforce} is true).
 */
class ApiBaselineTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void theBaselineIsCommittedAndEnforcedOnItsOwnReleaseLine() throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    String version = first(pom, "<artifactId>xmess-parent</artifactId>\\s*<version>([^<]+)</version>");
    String baseline = first(pom, "<xmess.api.baseline>([^<]+)</xmess.api.baseline>");
    boolean enforced = Boolean.parseBoolean(first(pom, "<xmess.api.enforce>([^<]+)</xmess.api.enforce>"));
    assertEquals("false", first(pom, "<xmess.api.check.skip>([^<]+)</xmess.api.check.skip>"),
        "the API check is skipped");

    int[] ours = parts(version);
    int[] theirs = parts(baseline);
    assertTrue(compare(theirs, ours) <= 0, "baseline " + baseline + " is newer than the build " + version);
    boolean sameLine = ours[0] == theirs[0] && (ours[0] > 0 || ours[1] == theirs[1]);
    if (sameLine) {
      assertTrue(enforced, "version " + version + " is on the release line of baseline " + baseline
          + ", where no break is allowed: set xmess.api.enforce to true");
    }
    for (String artifact : new String[] {"xmess-model", "xmess-catalog"}) {
      Path jar = ROOT.resolve("api").resolve(artifact + "-" + baseline + ".jar");
      assertTrue(Files.isRegularFile(jar), jar + " is missing: run scripts/api-baseline.sh " + baseline);
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        String pkg = artifact.equals("xmess-model") ? "cat/xmess/model/" : "cat/xmess/catalog/";
        long classes = zip.stream().filter(e -> e.getName().startsWith(pkg) && e.getName().endsWith(".class")).count();
        assertTrue(classes > 10, jar + " holds " + classes + " classes of " + pkg);
      }
    }
  }

  private static String first(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertTrue(matcher.find(), "pom.xml has no " + regex);
    return matcher.group(1).trim();
  }

  private static int[] parts(String version) {
    String[] split = version.split("[.-]");
    return new int[] {Integer.parseInt(split[0]), Integer.parseInt(split[1]), Integer.parseInt(split[2])};
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < 3; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }
}
