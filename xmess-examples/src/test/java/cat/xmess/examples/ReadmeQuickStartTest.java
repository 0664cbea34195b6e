package cat.xmess.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the README honest: its Java quick start must compile unchanged against the current API and
 * run against the bundled catalog, and the example class in this module must be the same code.
 */
class ReadmeQuickStartTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path EXAMPLE =
      Path.of("src", "main", "java", "cat", "xmess", "examples", "QuickStart.java");

  @Test
  void readmeQuickStartCompilesAndRuns(@TempDir Path dir) throws Exception {
    String source = quickStartBlock();
    Path file = dir.resolve("QuickStart.java");
    Files.writeString(file, source, StandardCharsets.UTF_8);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, null, diagnostics, "-d", dir.toString(),
        "-cp", System.getProperty("java.class.path"), file.toString());
    assertEquals(0, status, "README quick start does not compile:\n" + diagnostics);

    PrintStream originalOut = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      Method main = loader.loadClass("QuickStart").getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(originalOut);
    }
    String output = printed.toString(StandardCharsets.UTF_8);
    assertTrue(output.contains("initiative "), "the quick start's search found no initiative:\n" + output);
  }

  @Test
  void exampleClassIsTheReadmeCode() throws IOException {
    String example = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    String body = quickStartBlock().replaceAll("(?s)^.*?(public class QuickStart)", "$1");
    String exampleBody = example.replaceAll("(?s)^.*?(public class QuickStart)", "$1");
    assertEquals(normalise(body), normalise(stripJavadoc(exampleBody)),
        "QuickStart.java and the README's quick start have drifted apart");
  }

  private static String quickStartBlock() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    while (block.find()) {
      if (block.group(1).contains("public class QuickStart")) {
        return block.group(1);
      }
    }
    throw new AssertionError("README.md has no java block with `public class QuickStart`");
  }

  private static String stripJavadoc(String code) {
    return code.replaceAll("(?s)/\\*\\*.*?\\*/", "");
  }

  private static String normalise(String code) {
    return code.replaceAll("\\s+", " ").strip();
  }
}
