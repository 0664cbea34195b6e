package cat.xmess.examples.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The consumer tests in {@code src/it} build projects that depend on the SDK exactly as the README
 * says: this test keeps the README's Maven snippets and the consumer POMs identical, and the
 * README's versions equal to the build's.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path PARENT_POM = Path.of("..", "pom.xml");
  private static final Path BOM_POM = Path.of("..", "xmess-bom", "pom.xml");
  private static final Path README_CONSUMER = Path.of("src", "it", "readme-consumer", "pom.xml");
  private static final Path JPMS_CONSUMER = Path.of("src", "it", "jpms-consumer", "pom.xml");
  private static final List<Path> BOOT_CONSUMERS = List.of(
      Path.of("src", "it", "spring-boot-35-consumer", "pom.xml"),
      Path.of("src", "it", "spring-boot-40-consumer", "pom.xml"));
  private static final Path QUARKUS_PRODUCER = Path.of("src", "it", "quarkus-consumer", "src", "main",
      "java", "org", "example", "council", "CatalogProducer.java");

  @Test
  void plainDependencySnippetIsWhatTheReadmeConsumerUses() throws IOException {
    String snippet = block("xml", "<artifactId>xmess-catalog</artifactId>\n  <version>");
    assertTrue(normalise(consumerPom(README_CONSUMER)).contains(normalise(snippet)),
        "README's dependency snippet and src/it/readme-consumer/pom.xml differ:\n" + snippet);
  }

  @Test
  void bomSnippetIsWhatTheJpmsConsumerUses() throws IOException {
    String snippet = block("xml", "<artifactId>xmess-bom</artifactId>");
    assertTrue(normalise(consumerPom(JPMS_CONSUMER)).contains(normalise(snippet)),
        "README's BOM snippet and src/it/jpms-consumer/pom.xml differ:\n" + snippet);
  }

  @Test
  void springBootSnippetIsWhatBothBootConsumersUse() throws IOException {
    String snippet = block("xml", "<artifactId>xmess-spring-boot-starter</artifactId>");
    for (Path pom : BOOT_CONSUMERS) {
      String consumer = normalise(consumerPom(pom));
      assertTrue(consumer.contains(normalise(snippet)), "README's starter snippet is not in " + pom);
      assertTrue(consumer.contains(normalise(block("xml", "<artifactId>xmess-bom</artifactId>"))
          .replaceFirst("^<dependencyManagement>.*?(<dependency>.*?</dependency>).*$", "$1")),
          pom + " does not import the BOM as the README does");
    }
  }

  @Test
  void quarkusSnippetIsTheQuarkusConsumersProducer() throws IOException {
    String snippet = block("java", "@Produces");
    assertTrue(normalise(Files.readString(QUARKUS_PRODUCER, StandardCharsets.UTF_8)).contains(normalise(snippet)),
        "README's Quarkus snippet and " + QUARKUS_PRODUCER + " differ:\n" + snippet);
  }

  @Test
  void gradleSnippetNamesTheBomAtTheBuildVersion() throws IOException {
    String snippet = block("kotlin", "xmess-bom");
    assertTrue(snippet.contains("platform(\"cat.xmess:xmess-bom:" + version() + "\")"), snippet);
    assertTrue(snippet.contains("implementation(\"cat.xmess:xmess-catalog\")"), snippet);
  }

  @Test
  void bomMovesWithTheOtherModules() throws IOException {
    String bom = Files.readString(BOM_POM, StandardCharsets.UTF_8);
    Matcher own = Pattern.compile("<artifactId>xmess-bom</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(bom);
    assertTrue(own.find(), "xmess-bom/pom.xml has no version");
    assertEquals(version(), own.group(1), "xmess-bom's version differs from the parent's");
  }

  private static String consumerPom(Path pom) throws IOException {
    return Files.readString(pom, StandardCharsets.UTF_8).replace("@project.version@", version());
  }

  private static String version() throws IOException {
    String parent = Files.readString(PARENT_POM, StandardCharsets.UTF_8);
    Matcher version =
        Pattern.compile("<artifactId>xmess-parent</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(parent);
    assertTrue(version.find(), "pom.xml has no version");
    return version.group(1);
  }

  /** The one README code block of {@code language} that contains {@code marker}. */
  private static String block(String language, String marker) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher block =
        Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    List<String> found = new ArrayList<>();
    while (block.find()) {
      if (block.group(1).contains(marker)) {
        found.add(block.group(1));
      }
    }
    assertEquals(1, found.size(), "README blocks of " + language + " with " + marker);
    return found.get(0);
  }

  private static String normalise(String xml) {
    return xml.replaceAll("\\s+", " ").replace("> <", "><").strip();
  }
}
